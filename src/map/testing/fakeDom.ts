/**
 * Test double: just enough of a DOM element and document for the label layer's unit tests;
 * never imported by site code. The browser tests run the real thing.
 */

/** Just enough of a DOM element for the label layer. */
export class FakeElement {
  readonly children: (FakeElement | { data: string })[] = [];
  parent: FakeElement | null = null;
  className = '';
  hidden = false;
  textContent = '';
  readonly dataset: Record<string, string> = {};
  readonly style: Record<string, string> = {};
  readonly attributes: Record<string, string> = {};
  readonly ownerDocument = fakeDocument;
  clientWidth: number;
  clientHeight: number;
  readonly classList = {
    toggle: (name: string, on: boolean) => {
      const set = new Set(this.className.split(' ').filter(Boolean));
      if (on) set.add(name);
      else set.delete(name);
      this.className = [...set].join(' ');
    },
  };

  readonly tagName: string;

  constructor(tagName = 'div', width = 800, height = 600) {
    this.tagName = tagName;
    this.clientWidth = width;
    this.clientHeight = height;
  }
  append(...nodes: (FakeElement | { data: string })[]): void {
    for (const node of nodes) {
      if (node instanceof FakeElement) node.parent = this;
      this.children.push(node);
    }
  }
  remove(): void {
    const siblings = this.parent?.children;
    if (siblings) siblings.splice(siblings.indexOf(this), 1);
    this.parent = null;
  }
  setAttribute(name: string, value: string): void {
    this.attributes[name] = value;
  }
}

const fakeDocument = {
  createElement: (tag: string) => new FakeElement(tag),
  createTextNode: (data: string) => ({ data }),
};
