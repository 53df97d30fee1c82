import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { EMAIL_LANGUAGES, renderEmail, type AccessGrantedProps } from '../../emails/index.js';
import { getEmailT } from '../../emails/i18n.js';

// Issue 18 M1: the access email tells how to keep the store on the phone's home screen and carries
// the sign-in link as a QR code, drawn as a table every email client shows.

const props: AccessGrantedProps = {
  supplierName: 'Maison Dupont',
  customerName: 'Café du Commerce',
  loginUrl: 'https://shop.example.com/sign-in',
  username: 'claire@cafe.example',
  temporaryPassword: 'k7Rf-29xQ-mP4d',
};

/** The QR code's modules read back from the email's table (colspans expanded, quiet zone dropped). */
function readQr(html: string): boolean[][] {
  const table = /<table[^>]*role="img"[^>]*>([\s\S]*?)<\/table>/.exec(html);
  expect(table).not.toBeNull();
  const rows = [...table![1].matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
    [...row.matchAll(/<td([^>]*)>/g)].flatMap(([, attrs]) => {
      const span = Number(/colSpan="(\d+)"|colspan="(\d+)"/i.exec(attrs)?.slice(1).find(Boolean) ?? 1);
      return Array<boolean>(span).fill(/background:\s*#000000/.test(attrs));
    }),
  );
  return rows.slice(4, -4).map((r) => r.slice(4, -4));
}

describe('the access email and the phone', () => {
  it('carries the sign-in link as a QR code whose modules are those of the link', async () => {
    const email = await renderEmail('access-granted', props, 'en');
    const modules = readQr(email.html);
    const expected = QRCode.create(props.loginUrl, { errorCorrectionLevel: 'M' }).modules;
    expect(modules).toHaveLength(expected.size);
    for (let r = 0; r < expected.size; r++) {
      expect(modules[r]).toHaveLength(expected.size);
      for (let c = 0; c < expected.size; c++) expect(modules[r][c], `module ${r},${c}`).toBe(Boolean(expected.get(r, c)));
    }
    // another link, another code
    const other = readQr((await renderEmail('access-granted', { ...props, loginUrl: 'https://other.example.com/sign-in' }, 'en')).html);
    expect(other).not.toEqual(modules);
  });

  it.each(EMAIL_LANGUAGES)('tells how to add the store to the home screen (%s)', async (language) => {
    const t = getEmailT(language);
    const email = await renderEmail('access-granted', props, language);
    for (const key of ['accessGranted.installTitle', 'accessGranted.qrHint', 'accessGranted.installIphone', 'accessGranted.installAndroid']) {
      // the plain-text part wraps long lines and capitalises headings
      expect(email.text.replace(/\s+/g, ' ').toLowerCase()).toContain(t(key).replace(/\s+/g, ' ').toLowerCase());
    }
    expect(email.html.length).toBeLessThan(90_000); // well under Gmail's 102 KB clipping
  });
});
