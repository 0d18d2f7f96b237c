/**
 * Serves the built browser apps. Vite puts a content hash in every name under /assets/, so those
 * files never change under their name: browsers keep them for a year without asking again
 * (immutable). Pages (index.html) and the unhashed audio clips are revalidated on every load, so
 * a new build reaches every kiosk at its next reload. Where the build left a .br or .gz copy
 * (kiosk/build-tools/precompress.ts) and the browser accepts it, that copy is sent as it is.
 */
import express, { type RequestHandler } from 'express';
import { existsSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

interface Compressed {
  br?: string;
  gz?: string;
}

/** URL path (/assets/x.js) -> the precompressed copies beside it, found once at start-up. */
function precompressedFiles(root: string): Map<string, Compressed> {
  const found = new Map<string, Compressed>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      const m = /^(.*)\.(br|gz)$/.exec(path);
      if (!m?.[1] || !existsSync(m[1])) continue;
      const url = `/${relative(root, m[1]).split(sep).join('/')}`;
      const copies = found.get(url) ?? {};
      copies[m[2] as 'br' | 'gz'] = path;
      found.set(url, copies);
    }
  };
  walk(root);
  return found;
}

const cacheControlFor = (urlPath: string): string => (urlPath.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);

function acceptedEncoding(header: string | undefined, copies: Compressed): { encoding: 'br' | 'gzip'; file: string } | null {
  const accepted = (header ?? '').toLowerCase();
  if (copies.br && /\bbr\b/.test(accepted)) return { encoding: 'br', file: copies.br };
  if (copies.gz && /\bgzip\b/.test(accepted)) return { encoding: 'gzip', file: copies.gz };
  return null;
}

export function staticFiles(root: string): RequestHandler[] {
  const precompressed = precompressedFiles(root);
  const sendPrecompressed: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const copies = precompressed.get(req.path);
    if (!copies) return next();
    res.vary('Accept-Encoding');
    const chosen = acceptedEncoding(req.get('Accept-Encoding'), copies);
    if (!chosen) return next();
    // Content-Type of the original (send() keeps a type already set instead of guessing from .br).
    res.type(extname(req.path));
    res.set({ 'Content-Encoding': chosen.encoding, 'Cache-Control': cacheControlFor(req.path) });
    res.sendFile(chosen.file, { cacheControl: false, dotfiles: 'deny' }, (error) => {
      if (error && !res.headersSent) next(error);
    });
  };
  const plain = express.static(root, {
    index: 'index.html',
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader('Cache-Control', cacheControlFor(`/${relative(root, path).split(sep).join('/')}`));
    },
  });
  return [sendPrecompressed, plain];
}
