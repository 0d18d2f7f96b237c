/**
 * What a kiosk screen must never have, measured in the page: a button under 64x64 CSS px, text
 * under 24 px, a horizontal scroll bar, and (where asked) a vertical one.
 */
import type { Page } from '@playwright/test';

export async function kioskLayoutProblems(page: Page, options: { checkHeight?: boolean } = {}): Promise<string[]> {
  return page.evaluate((checkHeight) => {
    const problems: string[] = [];
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    for (const button of Array.from(document.querySelectorAll('button'))) {
      if (!visible(button)) continue;
      const r = button.getBoundingClientRect();
      if (r.width < 64 || r.height < 64) problems.push(`button "${button.textContent?.trim()}" is ${Math.round(r.width)}x${Math.round(r.height)}`);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || !visible(parent) || parent.closest('[aria-hidden="true"],noscript')) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 24) problems.push(`text "${node.textContent.trim().slice(0, 30)}" is ${size}px`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth + 1) problems.push(`horizontal scroll: ${document.documentElement.scrollWidth}px wide`);
    if (checkHeight && document.documentElement.scrollHeight > window.innerHeight + 1) problems.push(`vertical scroll: ${document.documentElement.scrollHeight}px tall`);
    return problems;
  }, options.checkHeight ?? false);
}
