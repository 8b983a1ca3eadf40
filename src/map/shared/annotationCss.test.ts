import { describe, expect, it } from 'vitest';
import { cssVarName } from '../../styles/tokens.ts';
import { annotationCss } from './annotationCss.ts';
import {
  ANNOTATION_LEGEND,
  ARROW_WIDTH,
  ROUTE_STYLES,
  annotationColor,
  type AnnotationKey,
} from './annotations.ts';

describe('annotationCss', () => {
  it('colours every kind of mark its legend key’s colour, in the static and the live map', () => {
    const css = annotationCss();
    for (const key of Object.keys(ANNOTATION_LEGEND) as AnnotationKey[])
      expect(css, key).toContain(
        `.static-map .${key},.story-map .${key}{--mark:var(${cssVarName(annotationColor(key))})}`,
      );
  });

  it('strokes each route style with its width and dashes, arrows with the arrow width', () => {
    const css = annotationCss();
    expect(css).toContain(`.static-map .annotation-line{stroke-width:${ARROW_WIDTH}}`);
    expect(css).toContain('.static-map .annotation-line.road{stroke-width:3}');
    expect(css).toContain(
      `.static-map .annotation-line.exodus{stroke-width:${ROUTE_STYLES.exodus.width};stroke-dasharray:8 4}`,
    );
  });

  it('scopes the rules to the selectors given', () => {
    const css = annotationCss({ scopes: ['.a'], svgScope: '.a' });
    expect(css).not.toContain('.static-map');
    expect(css).toContain('.a .road{');
  });
});
