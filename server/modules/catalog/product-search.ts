// Name search through the words of product names (migration product_words, decision 17). A search
// word matches a product when it starts one of the words of its name; every word of the search
// must match, in any order. A word may come with look-alikes (typos): then any of them will do.
// Such a word and its look-alikes make a "group"; each of them is a prefix.

/**
 * The words of a search text (at most 8), lower-cased and split as names are (on anything that is
 * not a letter or a digit): "Coca-Cola 33cl" → coca, cola, 33cl.
 */
export function searchWords(query: string | null | undefined): string[] {
  return (query ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
}

/** The words starting with `prefix`, as a range [lo, hi) in bytewise ("C") order. */
export function prefixRange(prefix: string): [string, string] {
  const chars = Array.from(prefix);
  const last = chars.pop()!.codePointAt(0)!;
  return [prefix, chars.join('') + String.fromCodePoint(Math.min(last + 1, 0x10ffff))];
}

/**
 * References starting with a text, case-insensitively: a range [lo, hi) of `lower(reference)`, which
 * its text_pattern_ops index serves also in a prepared statement's generic plan (where `like ?`
 * cannot use it). Parameters: prefixRange(lower-cased text).
 */
export const REFERENCE_PREFIX_SQL = `(lower(p.reference) ~>=~ ? and lower(p.reference) ~<~ ?)`;

/**
 * A group is "long" when each of its prefixes has at least this many characters: the words of
 * names it starts are then few, and are looked up (product_word_expand) to use the indexes. A
 * shorter one ("p", "12") may start thousands: it is checked on each candidate's words instead.
 */
const LONG_PREFIX = 3;

function isLong(group: string[]): boolean {
  return group.every((o) => Array.from(o).length >= LONG_PREFIX);
}

/** Whether the words can use the indexed name search: at least one of them is long enough. */
export function suitsIndexedSearch(groups: string[][]): boolean {
  return groups.some(isLong);
}

/** A condition on a product's `name_words` (alias `p`) that a short group holds: some word starts with one of its prefixes. */
function shortGroupSql(group: string[], params: unknown[]): string {
  for (const o of group) params.push(...prefixRange(o));
  return `exists (select 1 from unnest(p.name_words) nw where ${group.map(() => '(nw collate "C" >= ? and nw collate "C" < ?)').join(' or ')})`;
}

/**
 * SQL giving the ids of the products whose name matches every group, and its parameters, for
 * counts and facets: through the words' GIN index when a group is long, else the word table's
 * prefix ranges. Its cost follows the number of matches.
 */
export function matchingIdsSql(groups: string[][]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const long = groups.filter(isLong);
  if (long.length) {
    const parts = long.map((g) => {
      params.push(g);
      return 'p.name_words && (select product_word_expand(?::text[]))';
    });
    for (const g of groups.filter((x) => !isLong(x))) parts.push(shortGroupSql(g, params));
    return { sql: `select p.id from product p where ${parts.join(' and ')}`, params };
  }
  const sql = groups
    .map((options) => {
      for (const o of options) params.push(...prefixRange(o));
      return `select product_id from product_word where ${options.map(() => '(word >= ? and word < ?)').join(' or ')}`;
    })
    .join(' intersect ');
  return { sql, params };
}

/** Up to this many matches, the sorted page is taken from all of them; beyond, they are read in name order. */
const FEW_MATCHES = 1000;

/**
 * The page of a name search sorted by name, in one statement that adapts to the number of matches:
 * - the words of names each long group starts are looked up (product_word_expand);
 * - the products having all of them are read through the GIN index on `name_words` (an
 *   intersection of posting lists, stopped after FEW_MATCHES + 1 rows): when they are that few, the
 *   page is the first visible ones of them in name order;
 * - otherwise the products having a word of the driving group (the longest search word) are read
 *   in name order from the word table's index and the reading stops after a page of visible ones
 *   that also have the other groups' words (the index's word mask skips most of those that lack
 *   them without leaving the index) — many matches, so a page comes quickly.
 * Short groups are checked on each candidate's words. With `referencePrefix`, the products whose
 * reference starts with it are merged in. `filter` (on alias `p`) is visibility and filters,
 * `prefilter` what of it the word index's copies of product columns can check (alias `w`); `after`
 * the keyset (name, id) to continue from. Gives `select p.*` rows, sorted, limited.
 */
export function nameSearchSql(o: {
  groups: string[][];
  referencePrefix?: string;
  filter: { sql: string; params: unknown[] };
  prefilter: { sql: string; params: unknown[] };
  direction: 'asc' | 'desc';
  after?: [unknown, unknown];
  limit: number;
}): { sql: string; params: unknown[] } {
  const dir = o.direction;
  const keyset = (name: string, id: string) => (o.after ? ` and (${name}, ${id}) ${dir === 'asc' ? '>' : '<'} (?, ?)` : '');
  const after = o.after ?? [];
  const longIdx = o.groups.map((g, i) => (isLong(g) ? i : -1)).filter((i) => i >= 0);
  let driver = longIdx[0];
  for (const i of longIdx) if (o.groups[i][0].length > o.groups[driver][0].length) driver = i;
  const params: unknown[] = [];

  // The words each long group starts, once.
  const ctes = longIdx.map((i) => {
    params.push(o.groups[i]);
    return `g${i} as materialized (select product_word_expand(?::text[]) as words)`;
  });
  // The statement's body (after the CTEs) has its parameters apart: some CTEs are made after it.
  const bp: unknown[] = [];
  const shortChecks = (): string => {
    const parts = o.groups.map((g) => (isLong(g) ? null : shortGroupSql(g, bp))).filter(Boolean);
    return parts.map((p) => ` and ${p}`).join('');
  };
  // Candidates through the GIN index, at most FEW_MATCHES + 1 of them (read only when few).
  ctes.push(`candidates as materialized (select p.* from product p where ${longIdx.map((i) => `p.name_words && (select words from g${i})`).join(' and ')} limit ${FEW_MATCHES + 1})`);
  if (longIdx.length === 1) {
    // One long group (a word and its look-alikes): its products are as many as the word index's
    // entries for its words, counted without reading a product — and the candidates only read
    // when they are few (reading a thousand products to learn that they are many cost 2 ms).
    ctes.push(`few as materialized (select count(*) <= ${FEW_MATCHES} as yes from (select 1 from product_word w where w.word = any((select words from g${driver})::text[]) limit ${FEW_MATCHES + 1}) c)`);
  } else {
    // Several: how many products have them all is only known from the intersection of the GIN
    // posting lists — counted without reading the products (a million-product catalog has
    // thousands of products with two common words; reading a thousand rows to learn it cost 10 ms).
    ctes.push(`few as materialized (select count(*) <= ${FEW_MATCHES} as yes from (select 1 from product p where ${longIdx.map((i) => `p.name_words && (select words from g${i})`).join(' and ')} limit ${FEW_MATCHES + 1}) c)`);
  }

  // Few matches: all of them, sorted.
  let sql = `(select p.* from candidates p where (select yes from few)${shortChecks()} and ${o.filter.sql}${keyset('p.name', 'p.id')}
      order by p.name ${dir}, p.id ${dir} limit ${o.limit})`;
  bp.push(...o.filter.params, ...after);

  const others = longIdx.filter((i) => i !== driver);
  if (others.length === 0) {
    // Many, one group: in name order from the word index (a page of visible entries comes at once).
    sql += ` union all (select p.* from (select words from g${driver}) dw cross join unnest(dw.words) as d(word) cross join lateral (
      select p.* from product_word w join product p on p.id = w.product_id
      where w.word = d.word and ${o.prefilter.sql}`;
    bp.push(...o.prefilter.params);
    sql += `${shortChecks()} and ${o.filter.sql}${keyset('w.name', 'w.product_id')}
      order by w.name ${dir}, w.product_id ${dir} limit ${o.limit}) p where not (select yes from few))`;
    bp.push(...o.filter.params, ...after);
  } else {
    // Many, several groups: a leapfrog walk over the groups' word entries in name order
    // (decision 0050). Each step seeks, in the word index, the next entry (visible, its word mask
    // having every other group's bit) of the driving group at or after a position, then the first
    // entry of each other group at or after it; all on the same product: a match, else the walk
    // jumps to the furthest of them. A step is a few index probes; the steps follow the matches and
    // the alternations between the groups, not the number of products having each word — reading
    // "sparkling" in name order until a "premium" one came cost 28,000 entries at a million
    // products. The walk is lazy: it stops with the page.
    const cmp = (strict: boolean) => (dir === 'asc' ? (strict ? '>' : '>=') : strict ? '<' : '<=');
    const back = dir === 'asc' ? 'desc' : 'asc';
    const masks = (g: number) =>
      longIdx
        .filter((i) => i !== g)
        .map((i) => ` and (w.mask & (select product_word_mask(words) from g${i})) <> 0`)
        .join('');
    /** The first entry of group g (name, product_id) from a position (`pos` an SQL row or null: from the start). */
    const seek = (g: number, pos: string | null, strict: boolean) => {
      const at = pos ? ` and (w.name, w.product_id) ${cmp(strict)} ${pos}` : '';
      params.push(...o.prefilter.params);
      return `(select s.name, s.product_id from (select words from g${g}) gw cross join unnest(gw.words) as d(word) cross join lateral (
        select w.name, w.product_id from product_word w where w.word = d.word and ${o.prefilter.sql}${masks(g)}${at}
        order by w.name ${dir}, w.product_id ${dir} limit 1) s order by s.name ${dir}, s.product_id ${dir} limit 1)`;
    };
    /** The furthest of the other groups' first entries from (name, id) of `a`, and how many groups had one. */
    const furthest = (a: string) => {
      const parts = others.map((g) => `select * from ${seek(g, `(${a}.name, ${a}.product_id)`, false)} x`);
      return `(select f.name, f.product_id, count(*) over () as n from (${parts.join(' union all ')}) f order by f.name ${back}, f.product_id ${back} limit 1)`;
    };
    const start = o.after ? '(?::varchar, ?::uuid)' : null;
    // Non-recursive term: the first driving entry and its others' furthest.
    let walk = `walk as (select a.name, a.product_id, m.name as m_name, m.product_id as m_id from `;
    const startSeek = seek(driver, start, true);
    if (o.after) params.push(...after);
    walk += `${startSeek} a cross join lateral ${furthest('a')} m where m.n = ${others.length}`;
    // Recursive term: from a match, the next driving entry; else the first at or after the furthest.
    walk += ` union all select a.name, a.product_id, m.name, m.product_id from walk cross join lateral (
      select * from ${seek(driver, '(walk.name, walk.product_id)', true)} s where walk.m_name = walk.name and walk.m_id = walk.product_id
      union all select * from ${seek(driver, '(walk.m_name, walk.m_id)', false)} s where not (walk.m_name = walk.name and walk.m_id = walk.product_id)) a
      cross join lateral ${furthest('a')} m where m.n = ${others.length})`;
    ctes.push(walk);
    sql += ` union all (select p.* from walk join product p on p.id = walk.product_id
      where not (select yes from few) and walk.m_name = walk.name and walk.m_id = walk.product_id${shortChecks()} and ${o.filter.sql} limit ${o.limit})`;
    bp.push(...o.filter.params);
  }

  if (o.referencePrefix !== undefined) {
    // References starting with the text: few (a reference typed, or a word that starts none — a
    // typo): they are taken through the reference index, then sorted; many (a one-letter prefix):
    // read in name order until a page. A generic plan chose the name order for both, and a text
    // starting no reference read every product to find none: at a million products every typo
    // search timed out (issue 20).
    const range = prefixRange(o.referencePrefix);
    params.push(...range);
    ctes.push(`ref_few as materialized (select count(*) <= ${FEW_MATCHES} as yes from (select 1 from product p where ${REFERENCE_PREFIX_SQL} limit ${FEW_MATCHES + 1}) c)`);
    sql += ` union all (select p.* from product p where (select yes from ref_few) and p.id = any(array(select p.id from product p where ${REFERENCE_PREFIX_SQL} limit ${FEW_MATCHES + 1}))
      and ${o.filter.sql}${keyset('p.name', 'p.id')} order by p.name ${dir}, p.id ${dir} limit ${o.limit})`;
    bp.push(...range, ...o.filter.params, ...after);
    sql += ` union all (select p.* from product p where not (select yes from ref_few) and ${REFERENCE_PREFIX_SQL} and ${o.filter.sql}${keyset('p.name', 'p.id')}
      order by p.name ${dir}, p.id ${dir} limit ${o.limit})`;
    bp.push(...range, ...o.filter.params, ...after);
  }
  return {
    sql: `with recursive ${ctes.join(', ')} select distinct on (x.name, x.id) x.* from (${sql}) x order by x.name ${dir}, x.id ${dir} limit ${o.limit}`,
    params: [...params, ...bp],
  };
}
