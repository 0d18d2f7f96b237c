/**
 * The address every QR code points to (the paper ticket and the kiosk screen after a failed
 * print). A phone cannot open http://localhost or 127.0.0.1: such an address is refused for QR
 * codes unless PUBLIC_BASE_URL_ALLOW_LOOPBACK=1 says it is meant (a demo on one machine). Then
 * tickets print without a QR and the start-up log says why and what to set.
 */
import { networkInterfaces } from 'node:os';

export interface QrBase {
  /** e.g. http://192.168.10.2:3000, or null when QR codes are off. */
  url: string | null;
  /** One start-up line when QR codes are off or point to this machine only. */
  message: string | null;
}

const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[?::1\]?|0\.0\.0\.0|\[?::\]?)$/i;

export function isLoopbackUrl(url: string): boolean {
  try {
    return LOOPBACK_HOST.test(new URL(url).hostname) || new URL(url).hostname.endsWith('.localhost');
  } catch {
    return false;
  }
}

/** This machine's first LAN IPv4 address, as a phone on the branch network reaches it. */
export function lanBaseUrl(port: number): string | null {
  const lan = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal);
  return lan ? `http://${lan.address}:${port}` : null;
}

export function resolveQrBase(input: { configured: string | undefined; lan: string | null; allowLoopback: boolean }): QrBase {
  const candidate = input.configured ?? input.lan;
  if (candidate === null) {
    return {
      url: null,
      message: 'Kode QR pada karcis dimatikan: komputer ini tidak punya alamat jaringan (LAN). Setel PUBLIC_BASE_URL (mis. http://192.168.10.2:3000) agar ponsel pengunjung dapat membuka status antrean.',
    };
  }
  if (isLoopbackUrl(candidate)) {
    if (input.allowLoopback) return { url: candidate, message: `Kode QR menunjuk ke ${candidate} (PUBLIC_BASE_URL_ALLOW_LOOPBACK=1): hanya bisa dibuka di komputer ini, bukan di ponsel.` };
    return {
      url: null,
      message: `Kode QR pada karcis dimatikan: alamat ${candidate} hanya menunjuk ke komputer ini dan tidak dapat dibuka ponsel. Setel PUBLIC_BASE_URL ke alamat server di jaringan cabang (mis. http://192.168.10.2:3000), atau PUBLIC_BASE_URL_ALLOW_LOOPBACK=1 untuk uji coba di satu komputer.`,
    };
  }
  return { url: candidate, message: null };
}
