import { useTranslation } from 'react-i18next';
import type { OrderQuery } from '../../graphql/generated/graphql.js';
import { formatFileSize } from '../../utils/format.js';

type OrderDocument = NonNullable<OrderQuery['order']>['documents'][number];

/** Short, language-neutral names of the types the upload accepts (see server/modules/ordering/order-document.service.ts). */
const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'text/csv': 'CSV',
  'text/plain': 'TXT',
};

function documentTypeName(contentType: string): string {
  return TYPE_NAMES[contentType.split(';')[0]!.trim().toLowerCase()] ?? contentType;
}


/**
 * The API gives an absolute download address built from the server's public URL; the web app is
 * served by the same server, so the link keeps only the path (the session cookie goes with it).
 */
function downloadPath(url: string): string {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  } catch {
    return url;
  }
}

/** The order's own PDFs (issue 15 D2): the confirmation (or quote), the delivery note once shipped. */
export interface OrderPdfSource {
  id: string;
  number: string;
  kind: string;
  status: string;
}

/** The documents attached at checkout (O2), each with a download link, and the order's PDFs; the store and the hub. */
export function OrderDocuments({ documents, order }: { documents: readonly OrderDocument[]; order?: OrderPdfSource }) {
  const { t, i18n } = useTranslation();
  const base = order ? `/api/orders/${encodeURIComponent(order.id)}` : '';
  const shipped = order?.status === 'SHIPPED' || order?.status === 'DELIVERED';
  return (
    <section className="card order-docs" aria-labelledby="order-documents">
      <h2 id="order-documents" className="card__title">
        {t('orderDetails.documents.title')}
      </h2>
      {order ? (
        <p className="order-docs__pdfs">
          <a href={`${base}/confirmation.pdf`} download={`${order.number}-confirmation.pdf`}>
            {t(order.kind === 'QUOTE' ? 'orderDetails.documents.quotePdf' : 'orderDetails.documents.confirmationPdf')}
          </a>
          {shipped ? (
            <>
              <span aria-hidden="true"> · </span>
              <a href={`${base}/delivery-note.pdf`} download={`${order.number}-delivery-note.pdf`}>
                {t('orderDetails.documents.deliveryNotePdf')}
              </a>
            </>
          ) : null}
        </p>
      ) : null}
      {documents.length === 0 ? (
        <p className="muted">{t('orderDetails.documents.empty')}</p>
      ) : (
        <ul className="order-docs__list">
          {documents.map((doc) => (
            <li key={doc.id} className="order-docs__item">
              <span className="order-docs__icon" aria-hidden="true">
                {documentTypeName(doc.contentType).slice(0, 4)}
              </span>
              <span className="order-docs__name">
                <a href={downloadPath(doc.url)} download={doc.fileName} aria-label={t('orderDetails.documents.download', { name: doc.fileName })}>
                  {doc.fileName}
                </a>
                <span className="muted small block">
                  <span className="visually-hidden">{t('orderDetails.documents.type')} </span>
                  {documentTypeName(doc.contentType)}
                  <span aria-hidden="true"> · </span>
                  <span className="visually-hidden">, {t('orderDetails.documents.size')} </span>
                  {formatFileSize(doc.size, i18n.language)}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
