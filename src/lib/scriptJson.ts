/**
 * JSON for a `<script type="application/json">` element: `<` is escaped so that data containing
 * `</script>` can never end the element early. The data is read back with JSON.parse, never as HTML.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
