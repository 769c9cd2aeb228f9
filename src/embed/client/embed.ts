/**
 * The embed page's script, kept tiny: tooltips on hover and keyboard focus,
 * and the page's height posted to the host page (whose snippet resizes the
 * iframe). The chart itself is already in the HTML and works without it.
 */
import { HEIGHT_MESSAGE } from '../code';

const figure = document.querySelector<HTMLElement>('figure[data-chart]');
const id = figure?.dataset.chart ?? '';
const tooltips = JSON.parse(document.getElementById('tooltips')?.textContent ?? '{}') as Record<
  string,
  string
>;

const tip = document.createElement('div');
tip.setAttribute('role', 'tooltip');
tip.id = 'chart-tooltip';
tip.hidden = true;
document.body.append(tip);

function show(link: Element): void {
  const text = tooltips[link.getAttribute('data-claim') ?? ''];
  if (!text) return;
  tip.textContent = text; // text only: never markup from data
  tip.hidden = false;
  link.setAttribute('aria-describedby', tip.id);
  const box = link.getBoundingClientRect();
  const left = Math.min(
    box.left + scrollX,
    document.documentElement.clientWidth - tip.offsetWidth - 4,
  );
  tip.style.left = `${Math.max(4, left)}px`;
  // Below the mark, or above it when the frame, sized to the chart, has no
  // room left below: the tooltip of a bottom row would be cut off.
  const below = box.bottom + 6;
  const fits = below + tip.offsetHeight <= document.documentElement.clientHeight;
  const top = fits ? below : Math.max(4, box.top - 6 - tip.offsetHeight);
  tip.style.top = `${top + scrollY}px`;
}

function hide(): void {
  tip.hidden = true;
}

for (const type of ['pointerover', 'focusin'] as const) {
  document.addEventListener(type, (e) => {
    const link = (e.target as Element | null)?.closest?.('a[data-claim]');
    if (link) show(link);
    else if (type === 'pointerover') hide();
  });
}
document.addEventListener('focusout', hide);
document.addEventListener('keydown', (e) => e.key === 'Escape' && hide());

function postHeight(): void {
  if (parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  parent.postMessage({ type: HEIGHT_MESSAGE, id, height }, '*');
}
new ResizeObserver(postHeight).observe(document.documentElement);
addEventListener('load', postHeight);
