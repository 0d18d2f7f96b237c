/**
 * Security headers on every answer. The pages are Vite builds with no inline script or style
 * element, so the policy can forbid inline code outright: a note a visitor typed that somehow
 * reached a page as markup still could not run. Styles set from script through the CSSOM (as Preact
 * does) are not inline styles and stay allowed. Pages that need more (the server-rendered ticket
 * page with its small stylesheet) pass their own additions.
 */
import { createHash } from 'node:crypto';
import type { RequestHandler, Response } from 'express';

interface PolicyExtras {
  /** Hashes of inline <style> elements the page carries, from styleHash(). */
  styleHashes?: readonly string[];
}

export function contentSecurityPolicy(extras: PolicyExtras = {}): string {
  const styles = ["'self'", ...(extras.styleHashes ?? []).map((h) => `'${h}'`)].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src ${styles}`,
    // The kiosk draws QR codes as data: SVG images.
    "img-src 'self' data:",
    "media-src 'self'",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The CSP source for one inline stylesheet: 'sha256-…' of its exact text. */
export const styleHash = (css: string): string => `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;

export function setPagePolicy(res: Response, extras: PolicyExtras): void {
  res.set('Content-Security-Policy', contentSecurityPolicy(extras));
}

const DEFAULT_POLICY = contentSecurityPolicy();

export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.set({
    'Content-Security-Policy': DEFAULT_POLICY,
    'X-Content-Type-Options': 'nosniff',
    // Older browsers on kiosk PCs do not know frame-ancestors.
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  });
  next();
};
