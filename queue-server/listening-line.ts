/**
 * The start-up line. Tests and scripts read its first address ("queue-server listening on
 * http://127.0.0.1:<port>"), which is where this machine reaches the server; the rest says
 * truthfully who else can: every interface (HOST=0.0.0.0, the default) or this machine only.
 */
import { lanBaseUrl } from './printing/public-base-url.ts';

export function listeningLine(host: string, port: number, lan: string | null = lanBaseUrl(port)): string {
  if (host === '0.0.0.0' || host === '::' || host === '') {
    const network = lan ? `, di jaringan cabang mis. ${lan}` : '';
    return `queue-server listening on http://127.0.0.1:${port} (semua antarmuka ${host || '0.0.0.0'}:${port}${network})`;
  }
  if (host === '127.0.0.1' || host === 'localhost') return `queue-server listening on http://127.0.0.1:${port} (hanya komputer ini, HOST=${host})`;
  if (host === '::1') return `queue-server listening on http://[::1]:${port} (hanya komputer ini)`;
  return `queue-server listening on http://${host}:${port} (hanya antarmuka ${host})`;
}
