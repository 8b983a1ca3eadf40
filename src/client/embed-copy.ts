/**
 * Ships to the browser. `<embed-copy>` offers its readonly textarea's code with a copy button: the
 * Clipboard API where allowed, else the selection and execCommand, else a hint to press the keys.
 * The result is said in its `.embed-snippet-status` (a polite live region) and stays visible.
 */
class EmbedCopy extends HTMLElement {
  private cleanup: AbortController | null = null;

  connectedCallback(): void {
    const textarea = this.querySelector('textarea');
    const button = this.querySelector<HTMLButtonElement>('button[data-copy]');
    if (!textarea || !button) return;
    this.cleanup = new AbortController();
    const { signal } = this.cleanup;
    button.hidden = false;
    button.addEventListener('click', () => void this.copy(textarea), { signal });
    // One click selects the whole code, ready for the keyboard shortcut.
    textarea.addEventListener('focus', () => textarea.select(), { signal });
  }

  disconnectedCallback(): void {
    this.cleanup?.abort();
    this.cleanup = null;
  }

  private async copy(textarea: HTMLTextAreaElement): Promise<void> {
    const copied = await navigator.clipboard.writeText(textarea.value).then(
      () => true,
      () => {
        // Refused (no permission, an insecure page, a sandboxed frame): copy the selection with
        // the deprecated command, still the only fallback browsers offer.
        textarea.select();
        return document.execCommand('copy');
      },
    );
    const status = this.querySelector('.embed-snippet-status');
    if (status)
      status.textContent = copied ? 'Copied' : 'Selected: press Ctrl+C (⌘C on a Mac) to copy';
  }
}

if (!customElements.get('embed-copy')) customElements.define('embed-copy', EmbedCopy);

// Makes this file a module, so the declaration below adds to the global types.
export {};

declare global {
  interface HTMLElementTagNameMap {
    'embed-copy': EmbedCopy;
  }
}
