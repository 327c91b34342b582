// fontkit 2.0.4 throws "Cannot read properties of null (reading 'xCoordinate')" when a GPOS mark lookup has a NULL
// anchor, which the OpenType spec allows ("no anchor for this class"). Noto Sans Khmer has them: "ភ្នំពេញ" (Phnom
// Penh) stopped a whole packet. HarfBuzz skips such an attachment and leaves the mark where it is; so does the
// fix proposed upstream (foliojs/fontkit#374, for #367). Until it is released, the same skip is put on the
// processor's class here, once.
import type * as fontkit from 'fontkit';

interface MarkRecord { markAnchor: unknown }
interface AnchorApplier {
  applyAnchor(markRecord: MarkRecord, baseAnchor: unknown, baseGlyphIndex: number): void;
}

const guarded = new WeakSet<object>();

/** Makes this font's GPOS processor (and every other of its class) skip a mark attachment with a missing anchor. */
export function skipNullAnchors(font: fontkit.Font): void {
  const internals = font as unknown as { _layoutEngine?: { engine?: { GPOSProcessor?: AnchorApplier | null } } };
  const processor = internals._layoutEngine?.engine?.GPOSProcessor;
  if (!processor) return;
  const prototype = Object.getPrototypeOf(processor) as AnchorApplier;
  if (guarded.has(prototype) || typeof prototype.applyAnchor !== 'function') return;
  const applyAnchor = prototype.applyAnchor;
  prototype.applyAnchor = function (this: AnchorApplier, markRecord, baseAnchor, baseGlyphIndex) {
    if (baseAnchor == null || markRecord?.markAnchor == null) return;
    applyAnchor.call(this, markRecord, baseAnchor, baseGlyphIndex);
  };
  guarded.add(prototype);
}
