/**
 * QR code of the ticket's status URL, for when the paper ticket is missing. The qrcode library
 * is a lazy chunk (it is not needed on most tickets); main.tsx warms it up after the first screen
 * so it is in the cache even if the server goes away later.
 */
import { useEffect, useState } from 'preact/hooks';

export const loadQrLibrary = () => import('qrcode');

// The URL comes from the server's public address (floor/kiosk-info.ts ticketStatusUrlOf), never
// from location.origin: a kiosk browser on the server machine would show http://localhost.

export function TicketQr(props: { url: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    loadQrLibrary()
      .then((qr) => qr.toString(props.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } }))
      .then((svg) => alive && setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`))
      // Without the QR the number is still on screen in large type; nothing else to do.
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [props.url]);
  if (src === null) return null;
  return <img class="qr" src={src} alt={props.label} width={280} height={280} data-testid="ticket-qr" />;
}
