/** Adds a classic <script> from the page's own origin and resolves once it has run (office.js must be a classic script). */
export function loadScript(src: string, doc: Document = document): Promise<void> {
  return new Promise((resolve, reject) => {
    const el = doc.createElement('script');
    el.src = src;
    el.async = false;
    el.onload = () => resolve();
    el.onerror = () => reject(new Error(`无法加载 / cannot load ${src}`));
    doc.head.appendChild(el);
  });
}
