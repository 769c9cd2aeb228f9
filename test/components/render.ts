/** Mounts a Svelte component into a fresh jsdom container. */
import { flushSync, mount, unmount } from 'svelte';
import type { Component } from 'svelte';
import { afterEach } from 'vitest';

const mounted: Record<string, unknown>[] = [];

afterEach(() => {
  for (const instance of mounted.splice(0)) unmount(instance);
  document.body.innerHTML = '';
});

export function render<Props extends Record<string, unknown>>(
  component: Component<Props>,
  props: Props,
): HTMLElement {
  const target = document.createElement('div');
  document.body.append(target);
  mounted.push(mount(component, { target, props }) as Record<string, unknown>);
  flushSync();
  return target;
}
