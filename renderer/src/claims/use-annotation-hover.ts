/**
 * The annotation under the mouse in the text, for the claim layer (hovering
 * a member of a claim shows that claim): pointer moves are hit-tested as
 * clicks are (caret → offset → innermost annotation), at most once a frame,
 * and only annotations that are in a claim count (others change nothing, so
 * moving over plain text re-renders nothing). Leaving the text cancels a
 * hit-test still waiting for its frame, so the last move inside can never
 * bring the hover back after the leave.
 */

import { useCallback, useRef, useState, type MouseEvent, type RefObject } from 'react';
import type { Annotation } from '../../../shared/model';
import { annotationsAt, offsetAtPoint } from '../reader/hit-test';
import type { TextMap } from '../reader/text-map';

/** The hovered annotation's id (null: none in a claim) and the handlers for the text's container. */
export function useAnnotationHover(
  mapRef: RefObject<TextMap | null>,
  annotations: readonly Annotation[],
  inClaim: ReadonlySet<string>,
): { hovered: string | null; onMouseMove: (e: MouseEvent) => void; onMouseLeave: () => void } {
  const [hovered, setHovered] = useState<string | null>(null);
  const frame = useRef(0);
  const onMouseMove = useCallback(
    (event: MouseEvent) => {
      const { clientX, clientY } = event;
      if (frame.current || inClaim.size === 0) return;
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        const map = mapRef.current;
        const offset = map ? offsetAtPoint(map, clientX, clientY) : null;
        const hit =
          offset === null ? undefined : annotationsAt(annotations, offset).find((a) => inClaim.has(a.id));
        setHovered(hit?.id ?? null);
      });
    },
    [mapRef, annotations, inClaim],
  );
  // A hit-test still waiting for its frame would set the annotation the mouse has just left.
  const onMouseLeave = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = 0;
    setHovered(null);
  }, []);
  return { hovered, onMouseMove, onMouseLeave };
}
