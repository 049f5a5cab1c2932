/**
 * The frontmatter contract, in one module. The ingest validates every record
 * against it before writing, and the Astro content collection uses the very
 * same schema, so the two can never drift apart.
 */
import { z } from 'zod';
import { isRealDate } from './calendar.ts';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

/** ISO date-time with the Vietnam offset, e.g. 2020-06-29T17:50:00+07:00. */
export const isoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?\+07:00$/, 'must be a date-time written YYYY-MM-DDTHH:MM:SS+07:00');

export const httpUrl = z.url({ protocol: /^https?$/, error: 'must be a full URL starting with http:// or https://' });

/** Kinds of documents the archive tracks, as Vietnamese writes them. */
export const DIRECTIVE_KINDS = [
  'Nghị quyết',
  'Chỉ thị',
  'Kết luận',
  'Quy định',
  'Quyết định',
  'Hướng dẫn',
  'Thông báo',
  'Quy chế',
  'Nghị định',
  'Thông tư',
  'Kế hoạch',
  'Đề án',
  'Chương trình',
] as const;
export const directiveKind = z.enum(DIRECTIVE_KINDS);
export type DirectiveKind = z.infer<typeof directiveKind>;

/** How the term (khóa) or year that tells namesakes apart was established. */
export const TERM_SOURCES = ['cited-date', 'cited-term', 'registry', 'article-date'] as const;

/**
 * Where a citation or a name sits in the body: [block, start, end]. The block
 * is the body's paragraph (captions included) counted from 0 in file order;
 * start and end are UTF-16 offsets into that paragraph's text as the site
 * renders it (end exclusive). The ingest records them once; the site links
 * these spans and never searches the text again.
 */
export const spanSchema = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative(), z.number().int().positive()])
  .refine(([, start, end]) => start < end, 'must end after it starts');
export type Span = z.infer<typeof spanSchema>;

export const citationSchema = z.object({
  /** The citing sentence, as it reads in the article. */
  sentence: z.string().min(1),
  /** The citation as written ("Kết luận số 75", "Chỉ thị 35-CT/TW"). */
  form: z.string().min(1),
  /** 1-based line of the source file. */
  line: z.number().int().positive(),
  /** Every place in the body where this form is written in this sentence. */
  at: z.array(spanSchema).min(1),
});

export const directiveSchema = z.object({
  /** Stable identity (also the URL slug): kind, number, issuer and term. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be an ASCII slug'),
  code: z.string().min(1),
  kind: directiveKind,
  number: z.string().min(1),
  /** Issuer suffix: TW, CP, TTg, TU, HU, … */
  issuer: z.string().min(1),
  /** The organ named in the text or registry: "Bộ Chính trị", "Chính phủ". */
  issuingBody: z.string().optional(),
  /** Party term (roman numeral, "XIII") or, for state documents, the year. */
  term: z.string().optional(),
  termSource: z.enum(TERM_SOURCES),
  issued: isoDate.optional(),
  subject: z.string().optional(),
  /** True when the document is in content/directives.yaml. */
  verified: z.boolean(),
  citations: z.array(citationSchema).min(1),
});
export type Directive = z.infer<typeof directiveSchema>;

export const CHAIR_ROLES = ['chủ trì', 'đồng chủ trì', 'chủ trì điểm cầu'] as const;

export const officialSchema = z.object({
  name: z.string().min(1),
  /** URL slug of the person, derived from the canonical name. */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  titles: z.array(z.string().min(1)),
  /** True when the person is in content/officials.yaml. */
  verified: z.boolean(),
  /** Every place in the body where the person's name is written. */
  at: z.array(spanSchema),
});
export type Official = z.infer<typeof officialSchema>;

// A chair is also in `officials`, which carries the places of the name.
export const chairSchema = officialSchema.omit({ at: true }).extend({
  role: z.enum(CHAIR_ROLES),
  /** For "chủ trì điểm cầu": the bridge point chaired. */
  bridge: z.string().optional(),
});
export type Chair = z.infer<typeof chairSchema>;

/**
 * Where `date` comes from: the front block, the page's date line, the event's
 * own date, the URL, or a year inferred from the text (`dateEvidence` says
 * from which words) for a day and month printed without one.
 */
export const DATE_SOURCES = ['front', 'published', 'event', 'url', 'inferred'] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

/** Fields the maintainer may set in the front block over what the ingest extracted. */
export const CORRECTABLE_FIELDS = ['chairs', 'officials'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export const articleSchema = z.object({
  title: z.string().min(1),
  /** Publication date in Vietnam time, or the event date when only that is known. */
  date: isoDate,
  dateSource: z.enum(DATE_SOURCES),
  published: isoDateTime.optional(),
  eventDate: isoDate.optional(),
  /** With dateSource "inferred": the words of the text that gave the year, shown to the reader. */
  dateEvidence: z.string().min(1).optional(),
  /** Path of the source, relative to the input root. */
  sourceFile: z.string().min(1),
  url: httpUrl.optional(),
  publisher: z.string().optional(),
  authors: z.array(z.string().min(1)),
  /** First body paragraph, for listings, feeds and Open Graph. */
  summary: z.string().optional(),
  chairs: z.array(chairSchema),
  officials: z.array(officialSchema),
  directives: z.array(directiveSchema),
  /** sourceFile of the article this one republishes, when marked so. */
  republishes: z.string().optional(),
  /** Fields a maintainer set by hand in the source's front block, over the extraction. */
  corrected: z.array(z.enum(CORRECTABLE_FIELDS)).min(1).optional(),
});
export type ArticleData = z.infer<typeof articleSchema>;

/** A person in the front block: a name, or a name with the titles the article gives. */
const frontPerson = {
  name: z.string().min(1),
  titles: z.array(z.string().min(1)).optional(),
};
export const frontChairSchema = z.union(
  [z.string().min(1), z.object({ ...frontPerson, role: z.enum(CHAIR_ROLES).optional(), bridge: z.string().min(1).optional() }).strict()],
  { error: `must be a name, or "name:" with optional "role:" (${CHAIR_ROLES.join(', ')}), "titles:" and "bridge:"` },
);
export const frontOfficialSchema = z.union([z.string().min(1), z.object(frontPerson).strict()], {
  error: 'must be a name, or "name:" with optional "titles:"',
});
export type FrontChair = z.infer<typeof frontChairSchema>;
export type FrontOfficial = z.infer<typeof frontOfficialSchema>;

/** The optional YAML front block of a source file: what the maintainer knows. */
export const sourceFrontSchema = z
  .object({
    url: httpUrl.optional(),
    title: z.string().min(1).optional(),
    date: z.union([isoDate, isoDateTime]).optional(),
    publisher: z.string().min(1).optional(),
    authors: z.array(z.string().min(1)).optional(),
    republishes: z.string().min(1).optional(),
    /** Who chaired, replacing the extracted chairs. */
    chairs: z.array(frontChairSchema).optional(),
    /** Officials the extraction missed (add) or took wrongly (drop, by name). */
    officials: z
      .object({ add: z.array(frontOfficialSchema).optional(), drop: z.array(z.string().min(1)).optional() })
      .strict()
      .optional(),
  })
  .strict();
export type SourceFront = z.infer<typeof sourceFrontSchema>;

const documentId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a document id, the slug of its page (quy-dinh-260-qd-tw-khoa-x)');

/** How a document relates to earlier ones; each is listed on the newer document. */
export const RELATIONS = ['replaces', 'amends', 'guides'] as const;
export type Relation = (typeof RELATIONS)[number];

/**
 * An editorial note written by hand (content/notes/van-ban/<id>.mdx,
 * content/notes/can-bo/<slug>.mdx): who wrote it and when it was last checked.
 */
export const noteSchema = z
  .object({
    author: z.string().min(1),
    updated: isoDate,
  })
  .strict();
export type NoteData = z.infer<typeof noteSchema>;

/** content/directives.yaml: one entry per document. */
export const directiveRegistrySchema = z.array(
  z
    .object({
      code: z.string().min(1),
      kind: directiveKind,
      issuer: z.string().min(1),
      issuingBody: z.string().optional(),
      term: z.string().optional(),
      issued: isoDate.optional(),
      subject: z.string().optional(),
      /** Other names the document goes by: "Nghị quyết Trung ương 4 khóa XII". */
      aliases: z.array(z.string().min(1)).default([]),
      /** Relations to other entries, by document id (the page slug: quy-dinh-260-qd-tw-khoa-x). */
      replaces: z.array(documentId).default([]),
      amends: z.array(documentId).default([]),
      guides: z.array(documentId).default([]),
    })
    .strict(),
);
export type DirectiveRegistry = z.infer<typeof directiveRegistrySchema>;

/** content/officials.yaml: one entry per person. */
export const officialRegistrySchema = z.array(
  z
    .object({
      name: z.string().min(1),
      /** Other spellings seen in sources ("Trần Văn Tuý"). */
      aliases: z.array(z.string().min(1)).default([]),
    })
    .strict(),
);
export type OfficialRegistry = z.infer<typeof officialRegistrySchema>;

/** content/publishers.yaml: the outlets the ingest recognises (documented in the file). */
export const publisherRegistrySchema = z
  .array(
    z
      .object({
        name: z.string().min(1),
        hosts: z
          .array(
            z
              .string()
              .regex(
                /^(?!www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[a-z0-9-]+)?$/,
                'a lower-case host name without "www.", like baohagiang.vn, or a host and the one folder a site lives under on a shared host, like dangcongsan.org.vn/tinhuybinhdinh',
              ),
          )
          .optional(),
        datelines: z.array(z.string().min(2)).optional(),
        signatures: z.array(z.string().min(8)).optional(),
        aliases: z.array(z.string().min(2)).optional(),
        aggregator: z.literal(true).optional(),
      })
      .strict(),
  )
  .superRefine((outlets, ctx) => {
    // A host or a dateline code names one outlet: a second one would be silently ignored.
    for (const key of ['hosts', 'datelines'] as const) {
      const seen = new Map<string, string>();
      outlets.forEach((o, i) =>
        (o[key] ?? []).forEach((v, j) => {
          const k = v.toLowerCase();
          const first = seen.get(k);
          if (first !== undefined) ctx.addIssue({ code: 'custom', path: [i, key, j], message: `"${v}" is already listed for ${first}` });
          else seen.set(k, o.name);
        }),
      );
    }
  });
export type PublisherRegistry = z.infer<typeof publisherRegistrySchema>;
