/** What a page says about itself when shared (see {@link shareMeta}). */
export interface ShareMetaInput {
  title: string;
  description: string;
  /** Absolute address of the page. */
  url: string;
  /** Absolute address of its 1200×630 PNG card. */
  image: string;
  imageAlt: string;
  width: number;
  height: number;
  type?: 'website' | 'article';
}

/** One `<meta>` element's attributes. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/**
 * Open Graph and Twitter card tags for a page, in the order crawlers document them.
 * @see https://ogp.me/
 * @see https://developer.x.com/en/docs/x-for-websites/cards/overview/summary-card-with-large-image
 */
export function shareMeta(input: ShareMetaInput): MetaTag[] {
  return [
    { property: 'og:type', content: input.type ?? 'website' },
    { property: 'og:site_name', content: 'Karabakh, explained' },
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: input.description },
    { property: 'og:url', content: input.url },
    { property: 'og:image', content: input.image },
    { property: 'og:image:type', content: 'image/png' },
    { property: 'og:image:width', content: String(input.width) },
    { property: 'og:image:height', content: String(input.height) },
    { property: 'og:image:alt', content: input.imageAlt },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: input.title },
    { name: 'twitter:description', content: input.description },
    { name: 'twitter:image', content: input.image },
    { name: 'twitter:image:alt', content: input.imageAlt },
  ];
}
