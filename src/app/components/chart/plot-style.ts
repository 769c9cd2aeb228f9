/**
 * Plot puts a `<style>` element in every SVG it draws, with the same rules
 * each time. Every `<style>` added to or taken from the page makes the
 * browser match styles for the whole page again, and the fact sheet redraws
 * charts on each keystroke; so the dashboard keeps one copy, in the head,
 * and takes it out of each drawing. (A standalone SVG keeps its own.)
 */
const hoisted = new Set<string>();

export function hoistPlotStyle(svg: SVGSVGElement): void {
  for (const style of svg.querySelectorAll(':scope > style')) {
    const rules = style.textContent ?? '';
    if (!hoisted.has(rules)) {
      hoisted.add(rules);
      const copy = document.createElement('style');
      copy.textContent = rules;
      document.head.append(copy);
    }
    style.remove();
  }
}
