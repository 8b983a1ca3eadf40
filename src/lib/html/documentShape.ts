/**
 * Two conformance errors the Nu HTML Checker reports and html-validate's parser does not: markup
 * after `</html>` (Astro writes a page-level `<script>` there when it sits outside the layout) and
 * `<style>` outside `<head>` (allowed only as metadata, or in a `<noscript>` in the head). Pure.
 * @see https://html.spec.whatwg.org/multipage/semantics.html#the-style-element (contexts)
 */
export function documentShapeProblems(html: string): string[] {
  const problems: string[] = [];
  const end = html.lastIndexOf('</html>');
  const after = end < 0 ? '' : html.slice(end + '</html>'.length).replace(/<!--[\s\S]*?-->/g, '');
  if (after.trim())
    problems.push(`markup after </html>: ${after.trim().slice(0, 80)} (put it inside the layout)`);
  const head = html.indexOf('</head>');
  for (const m of html.matchAll(/<style[\s>]/g))
    if (head < 0 || m.index > head)
      problems.push(
        `<style> in the body at offset ${m.index}: styles belong in <head> (Base.astro's "head" slot)`,
      );
  return problems;
}
