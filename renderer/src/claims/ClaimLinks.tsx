/**
 * The layer over the text that shows claims: each member of the claims shown
 * marked (a "hamish-claim" highlight) and labelled with its role in the
 * interface language at the start edge of its first line, and an arc from
 * each member to the next in the frame's role order. Positions come from the
 * members' Ranges (getClientRects) and are measured again when the claims,
 * the annotations or the window size change; the layer scrolls with the
 * text, so scrolling needs no measuring. Members in blocks not mounted yet
 * are left out until they are.
 */

import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/model';
import type { ClaimMember } from '../../../shared/schema/claim-schema';
import type { FrameDefinition } from '../../../shared/schema/taxonomy-schema';
import { labelIn } from '../labels';
import type { TextMap } from '../reader/text-map';
import { anchorOf, linkPath, toLayer, type Point } from './link-geometry';
import './claims.css';

/** The highlight that marks the members of the claims shown. */
export const CLAIM_HIGHLIGHT = 'hamish-claim';

/** A claim to show: its frame and members (a saved claim or the draft). */
export interface ShownClaim {
  key: string;
  frame: string;
  members: readonly ClaimMember[];
}

interface Label {
  key: string;
  annotationId: string;
  text: string;
  at: Point;
  rtl: boolean;
}

interface Layout {
  labels: Label[];
  links: { key: string; d: string; color: string }[];
}

interface Props {
  claims: readonly ShownClaim[];
  frames: readonly FrameDefinition[];
  annotations: readonly Annotation[];
  mapRef: RefObject<TextMap | null>;
  /** Bumped as blocks mount: members may have become measurable. */
  mounted: number;
}

const EMPTY: Layout = { labels: [], links: [] };

/** Where the members of `claims` are on screen, relative to `layer`. */
function measure(props: Props, layer: HTMLElement, language: string): { layout: Layout; ranges: Range[] } {
  const map = props.mapRef.current;
  if (!map) return { layout: EMPTY, ranges: [] };
  const origin = layer.getBoundingClientRect();
  const byId = new Map(props.annotations.map((a) => [a.id, a]));
  const layout: Layout = { labels: [], links: [] };
  const ranges: Range[] = [];
  for (const claim of props.claims) {
    const frame = props.frames.find((f) => f.id === claim.frame);
    if (!frame) continue;
    const order = (m: ClaimMember) => frame.roles.findIndex((r) => r.id === m.role);
    const points: Point[] = [];
    for (const m of [...claim.members].sort((x, y) => order(x) - order(y))) {
      const a = byId.get(m.annotationId);
      const range = a && map.rangeFor(a.start, a.end);
      const block = range?.startContainer.parentElement;
      if (!range || !block) continue;
      const rtl = getComputedStyle(block).direction === 'rtl';
      const anchor = anchorOf([...range.getClientRects()], rtl);
      if (!anchor) continue;
      ranges.push(range);
      const at = toLayer(anchor, { x: origin.left, y: origin.top });
      const role = frame.roles.find((r) => r.id === m.role);
      layout.labels.push({
        key: `${claim.key}:${m.role}:${m.annotationId}`,
        annotationId: m.annotationId,
        text: role ? labelIn(role.label, language) : m.role,
        at,
        rtl,
      });
      points.push(at);
    }
    points.slice(1).forEach((to, i) => {
      const from = points[i] as Point;
      layout.links.push({ key: `${claim.key}:${i}`, d: linkPath(from, to), color: frame.color });
    });
  }
  return { layout, ranges };
}

/** The layer over the text (placed in the text's positioned container) showing `claims`; empty when none. */
export function ClaimLinks(props: Props) {
  const { i18n } = useTranslation();
  const [layout, setLayout] = useState<Layout>(EMPTY);
  const [size, setSize] = useState(0);
  const layerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onResize = () => setSize((n) => n + 1);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  const { claims, annotations, frames, mapRef, mounted } = props;
  useLayoutEffect(() => {
    const layer = layerRef.current;
    if (!layer || claims.length === 0) {
      setLayout(EMPTY);
      CSS.highlights.delete(CLAIM_HIGHLIGHT);
      return;
    }
    const { layout: next, ranges } = measure(
      { claims, annotations, frames, mapRef, mounted },
      layer,
      i18n.language,
    );
    setLayout(next);
    const highlight = new Highlight(...ranges);
    highlight.priority = 1000;
    CSS.highlights.set(CLAIM_HIGHLIGHT, highlight);
    return () => {
      CSS.highlights.delete(CLAIM_HIGHLIGHT);
    };
  }, [claims, annotations, frames, mapRef, mounted, size, i18n.language]);

  return (
    <div className="claim-layer" ref={layerRef} aria-hidden="true" data-testid="claim-layer">
      <svg className="claim-links">
        {layout.links.map((l) => (
          <path key={l.key} d={l.d} stroke={l.color} data-testid="claim-link" />
        ))}
      </svg>
      {layout.labels.map((l) => (
        // Physical left/top: the positions are client-rect geometry, already resolved for the line's direction.
        <span
          key={l.key}
          className={`claim-role-label ${l.rtl ? 'rtl' : 'ltr'}`}
          style={{ left: l.at.x, top: l.at.y }}
          data-annotation-id={l.annotationId}
          data-testid="claim-role-label"
        >
          {l.text}
        </span>
      ))}
    </div>
  );
}
