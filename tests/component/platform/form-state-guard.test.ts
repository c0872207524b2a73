import { describe, expect, it } from 'vitest';
import { guardFormState } from '../../../src-renderer/platform/form-state-guard';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('guardFormState', () => {
  it('turns autocomplete off on every field, present or added later, and keeps it off', async () => {
    const root = document.createElement('div');
    root.innerHTML = '<input id="a"><textarea id="b"></textarea>';
    document.body.append(root);
    const stop = guardFormState(root);
    expect(root.querySelector('#a')!.getAttribute('autocomplete')).toBe('off');
    expect(root.querySelector('#b')!.getAttribute('autocomplete')).toBe('off');

    const later = document.createElement('section');
    later.innerHTML = '<select id="c"></select><input id="d" type="password" autocomplete="current-password">';
    root.append(later);
    await settle();
    expect(root.querySelector('#c')!.getAttribute('autocomplete')).toBe('off');
    expect(root.querySelector('#d')!.getAttribute('autocomplete')).toBe('off');

    root.querySelector('#a')!.setAttribute('autocomplete', 'on');
    await settle();
    expect(root.querySelector('#a')!.getAttribute('autocomplete')).toBe('off');
    stop();
    root.remove();
  });
});
