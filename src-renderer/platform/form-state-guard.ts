const FIELDS = 'input, textarea, select';

/**
 * Chromium saves the contents of form fields into its session files on disk (for "restore tabs"), which would
 * put case text outside the vault in the clear (invariant I5). It skips fields whose autocomplete is off, so
 * every field the app ever renders gets autocomplete="off" — including ones a component forgets. This also
 * keeps passphrases out of the browser's password manager. Returns what stops the watch.
 */
export function guardFormState(root: HTMLElement): () => void {
  const seal = (element: Element) => {
    if (element.getAttribute('autocomplete') !== 'off') element.setAttribute('autocomplete', 'off');
  };
  const sealAll = (node: Node) => {
    if (!(node instanceof Element)) return;
    if (node.matches(FIELDS)) seal(node);
    node.querySelectorAll(FIELDS).forEach(seal);
  };
  sealAll(root);
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'attributes') seal(mutation.target as Element);
      else mutation.addedNodes.forEach(sealAll);
    }
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['autocomplete'] });
  return () => observer.disconnect();
}
