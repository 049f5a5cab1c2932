/**
 * Relations between documents (content/directives.yaml: replaces, amends,
 * guides), shown both ways on each document's page: "Thay thế" on the newer
 * one, "Bị thay thế bởi" on the older. A related document the archive has no
 * citing article for is still named, without a link.
 */
import { registryIds } from '../ingest/directives/resolve.ts';
import { RELATIONS, type DirectiveRegistry, type Relation } from '../schema.ts';
import { directiveFullName } from './format.ts';
import type { DirectiveRecord } from './site-index.ts';

export interface RelatedDocument {
  id: string;
  name: string;
  subject?: string;
  /** The document's page, when some article cites it. */
  record?: DirectiveRecord;
  /** Citing articles in the archive (0 when none). */
  citing: number;
}

export interface RelationGroup {
  label: string;
  documents: RelatedDocument[];
}

const LABELS: Record<Relation, { forward: string; inverse: string }> = {
  replaces: { forward: 'Thay thế', inverse: 'Bị thay thế bởi' },
  amends: { forward: 'Sửa đổi, bổ sung', inverse: 'Được sửa đổi bởi' },
  guides: { forward: 'Hướng dẫn', inverse: 'Được hướng dẫn bởi' },
};

/** Per document id, its relation groups in a fixed order; documents without relations are absent. */
export function documentRelations(
  registry: DirectiveRegistry,
  directiveById: ReadonlyMap<string, DirectiveRecord>,
): Map<string, RelationGroup[]> {
  const ids = registryIds(registry);
  const related = (i: number): RelatedDocument => {
    const e = registry[i]!;
    const record = directiveById.get(ids[i]!);
    return { id: ids[i]!, name: directiveFullName(e), ...(e.subject ? { subject: e.subject } : {}), ...(record ? { record } : {}), citing: record?.citing.length ?? 0 };
  };
  const index = new Map(ids.map((id, i) => [id, i]));
  // id → label → documents, filled in label order so every page lists groups alike.
  const groups = new Map<string, Map<string, RelatedDocument[]>>();
  const add = (id: string, label: string, doc: RelatedDocument) => {
    let byLabel = groups.get(id);
    if (!byLabel) groups.set(id, (byLabel = new Map()));
    byLabel.set(label, [...(byLabel.get(label) ?? []), doc]);
  };
  for (const rel of RELATIONS) {
    registry.forEach((e, i) => {
      for (const target of e[rel]) {
        // The registry loader has already refused unknown ids.
        const j = index.get(target)!;
        add(ids[i]!, LABELS[rel].forward, related(j));
        add(target, LABELS[rel].inverse, related(i));
      }
    });
  }
  const order = RELATIONS.flatMap((r) => [LABELS[r].forward, LABELS[r].inverse]);
  return new Map(
    [...groups].map(([id, byLabel]) => [
      id,
      order.filter((l) => byLabel.has(l)).map((label) => ({ label, documents: byLabel.get(label)! })),
    ]),
  );
}
