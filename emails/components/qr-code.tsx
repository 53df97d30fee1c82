import QRCode from 'qrcode';

/**
 * A QR code of a link drawn as an HTML table (issue 18 M1): email clients block SVG and many
 * block data: images, but every one shows table cells. Dark runs of a row are merged (colspan) to
 * keep the email small.
 */
export function QrCode({ value, label, cell = 4 }: { value: string; label: string; cell?: number }) {
  const qr = QRCode.create(value, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const quiet = 4;
  const total = size + quiet * 2;
  const dark = (r: number, c: number) => r >= quiet && c >= quiet && r < size + quiet && c < size + quiet && Boolean(qr.modules.get(r - quiet, c - quiet));
  const rows = [];
  for (let r = 0; r < total; r++) {
    const cells = [];
    let c = 0;
    while (c < total) {
      const on = dark(r, c);
      let span = 1;
      while (c + span < total && dark(r, c + span) === on) span++;
      cells.push(<td key={c} colSpan={span} style={{ width: span * cell, height: cell, padding: 0, background: on ? '#000000' : '#ffffff' }} />);
      c += span;
    }
    rows.push(<tr key={r}>{cells}</tr>);
  }
  return (
    <table role="img" aria-label={label} cellPadding={0} cellSpacing={0} style={{ borderCollapse: 'collapse', margin: '8px 0 16px', lineHeight: 0, fontSize: 0 }}>
      <tbody>{rows}</tbody>
    </table>
  );
}
