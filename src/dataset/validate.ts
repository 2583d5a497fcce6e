import type { z } from 'zod';
import {
  COUNTRY_PLACES,
  dataFiles,
  type DataFileKey,
  type Organisation,
  type Party,
  type RawData,
  type ZhName,
} from './schema.js';
import { squash } from '../text/normalise.js';
import type { DataError, Result } from './errors.js';

export { formatDataError, type DataError, type Result } from './errors.js';

/** `["parties", 1, "org"]` → `parties[1].org` */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

function recordLabel(noun: string, raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `${noun} "${id}"` : `${noun} #${index + 1}`;
}

/** Parses one file's text with its schema; every problem is reported, not just the first. */
export function parseFile<K extends DataFileKey>(key: K, text: string): Result<RawData[K], DataError[]> {
  const { file, schema, noun } = dataFiles[key];
  // Editors on Windows save a byte-order mark; it is not content, so it is not an error.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, error: [{ file, message: 'the file is empty' }] };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (err) {
    // V8's message quotes the text around the fault, newlines and all: keep it to one line.
    const reason = (err as Error).message.replace(/\s+/g, ' ').slice(0, 160);
    return { ok: false, error: [{ file, message: `not valid JSON (${reason})` }] };
  }
  const parsed = (schema as z.ZodType).safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data as RawData[K] };
  const errors = parsed.error.issues.map((issue): DataError => {
    const [first, ...rest] = issue.path;
    if (Array.isArray(json) && typeof first === 'number') {
      const field = formatPath(rest);
      return {
        file,
        record: recordLabel(noun, json[first], first),
        ...(field ? { field } : {}),
        message: issue.message,
      };
    }
    const field = formatPath(issue.path);
    return { file, ...(field ? { field } : {}), message: issue.message };
  });
  return { ok: false, error: errors };
}

/** Checks what a schema cannot: unique ids, references that resolve, aliases that name one organisation. */
export function checkReferences(data: RawData): DataError[] {
  const errors: DataError[] = [];
  const ids = (rows: readonly { id: string }[]) => new Set(rows.map((r) => r.id));
  const sourceIds = ids(data.sources);
  const meetingIds = ids(data.meetings);
  const orgIds = ids(data.organisations);
  const mouIds = ids(data.mous);
  const projectIds = ids(data.projects);
  const groupIds = new Set(data.initiative.mouGroups.map((g) => g.id));

  const unique = (file: string, noun: string, rows: readonly { id: string }[]) => {
    const seen = new Set<string>();
    for (const r of rows) {
      if (seen.has(r.id))
        errors.push({ file, record: `${noun} "${r.id}"`, field: 'id', message: 'this id is used twice' });
      seen.add(r.id);
    }
  };
  unique('sources.json', 'source', data.sources);
  unique('meetings.json', 'meeting', data.meetings);
  unique('organisations.json', 'organisation', data.organisations);
  unique('mous.json', 'mou', data.mous);
  unique('projects.json', 'project', data.projects);
  const numbers = new Set<number>();
  for (const m of data.meetings) {
    if (numbers.has(m.number))
      errors.push({
        file: 'meetings.json',
        record: `meeting "${m.id}"`,
        field: 'number',
        message: `meeting number ${m.number} is used twice`,
      });
    numbers.add(m.number);
  }

  /** Walks a record for every `sources` array, wherever it sits, so no nested fact escapes the check. */
  const checkSources = (file: string, record: string, value: unknown, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => checkSources(file, record, v, `${path}[${i}]`));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        const field = path ? `${path}.${k}` : k;
        if (k === 'sources' && Array.isArray(v)) {
          v.forEach((s, i) => {
            if (!sourceIds.has(s))
              errors.push({ file, record, field: `${field}[${i}]`, message: `"${s}" is not a source in sources.json` });
          });
        } else checkSources(file, record, v, field);
      }
    }
  };
  const ref = (file: string, record: string, field: string, value: string, known: Set<string>, what: string) => {
    if (!known.has(value)) errors.push({ file, record, field, message: `"${value}" is not ${what}` });
  };
  const checkParties = (file: string, record: string, field: string, parties: readonly Party[]) => {
    const seen = new Set<string>();
    parties.forEach((p, i) => {
      if ('org' in p) {
        ref(file, record, `${field}[${i}]`, p.org, orgIds, 'an organisation');
        if (seen.has(p.org))
          errors.push({ file, record, field: `${field}[${i}]`, message: `"${p.org}" is listed twice` });
        seen.add(p.org);
      }
    });
  };

  checkSources('initiative.json', 'initiative', data.initiative, '');
  for (const m of data.meetings) {
    const record = `meeting "${m.id}"`;
    checkSources('meetings.json', record, m, '');
    m.highlights.forEach((h, i) =>
      (h.parties ?? []).forEach((p, j) =>
        ref('meetings.json', record, `highlights[${i}].parties[${j}]`, p, orgIds, 'an organisation'),
      ),
    );
    (m.mousInkedBy ?? []).forEach((r, i) =>
      r.orgs.forEach((o, j) =>
        ref('meetings.json', record, `mousInkedBy[${i}].orgs[${j}]`, o, orgIds, 'an organisation'),
      ),
    );
  }
  for (const o of data.organisations) {
    const record = `organisation "${o.id}"`;
    checkSources('organisations.json', record, o, '');
    if (o.parent !== undefined) {
      ref('organisations.json', record, 'parent', o.parent, orgIds, 'an organisation');
      if (o.parent === o.id)
        errors.push({
          file: 'organisations.json',
          record,
          field: 'parent',
          message: 'an organisation cannot be its own parent',
        });
    }
    errors.push(...checkCountry(o));
  }
  // A parent chain that comes back to where it started would make a sub-unit its own ancestor.
  const parentOf = new Map(data.organisations.map((o) => [o.id, o.parent]));
  for (const o of data.organisations) {
    const chain = [o.id];
    for (let p = o.parent; p !== undefined && p !== o.id && parentOf.has(p); p = parentOf.get(p)) {
      if (chain.includes(p)) break; // a cycle further up: reported from its own members
      chain.push(p);
    }
    const last = parentOf.get(chain[chain.length - 1]!);
    if (o.parent !== undefined && o.parent !== o.id && last === o.id)
      errors.push({
        file: 'organisations.json',
        record: `organisation "${o.id}"`,
        field: 'parent',
        message: `parents go round in a circle: ${[...chain, o.id].join(' → ')}`,
      });
  }
  for (const m of data.mous) {
    const record = `mou "${m.id}"`;
    checkSources('mous.json', record, m, '');
    ref('mous.json', record, 'meeting', m.meeting, meetingIds, 'a meeting');
    checkParties('mous.json', record, 'parties', m.parties);
    if (m.group !== null) ref('mous.json', record, 'group', m.group, groupIds, 'an MOU group in initiative.json');
    m.relatedProjects.forEach((p, i) => ref('mous.json', record, `relatedProjects[${i}]`, p, projectIds, 'a project'));
  }
  (data.initiative.events ?? []).forEach((ev, i) =>
    (ev.parties ?? []).forEach((p, j) =>
      ref('initiative.json', 'initiative', `events[${i}].parties[${j}]`, p, orgIds, 'an organisation'),
    ),
  );
  for (const p of data.projects) {
    const record = `project "${p.id}"`;
    checkSources('projects.json', record, p, '');
    ref('projects.json', record, 'meeting', p.meeting, meetingIds, 'a meeting');
    if (p.tier !== undefined) {
      const group = data.meetings.find((m) => m.id === p.meeting)?.projectGroups?.find((g) => g.tier === p.tier);
      if (!group)
        errors.push({
          file: 'projects.json',
          record,
          field: 'tier',
          message: `its meeting "${p.meeting}" has no ${p.tier} group in meetings.json (projectGroups)`,
        });
    }
    checkParties('projects.json', record, 'partners', p.partners);
    p.relatedMous.forEach((m, i) => ref('projects.json', record, `relatedMous[${i}]`, m, mouIds, 'an MOU'));
  }
  // A group cannot have more projects named than the source reports for it.
  for (const m of data.meetings)
    (m.projectGroups ?? []).forEach((g, i) => {
      const named = data.projects.filter((p) => p.meeting === m.id && p.tier === g.tier).length;
      if (named > g.count)
        errors.push({
          file: 'meetings.json',
          record: `meeting "${m.id}"`,
          field: `projectGroups[${i}].count`,
          message: `${named} ${g.tier} projects are on file, more than the ${g.count} reported`,
        });
    });
  // Links must agree both ways, or a card would link to a record that does not link back.
  for (const m of data.mous)
    for (const pid of m.relatedProjects) {
      const p = data.projects.find((x) => x.id === pid);
      if (p && !p.relatedMous.includes(m.id))
        errors.push({
          file: 'projects.json',
          record: `project "${pid}"`,
          field: 'relatedMous',
          message: `must list "${m.id}", which links to it`,
        });
    }
  for (const p of data.projects)
    for (const mid of p.relatedMous) {
      const m = data.mous.find((x) => x.id === mid);
      if (m && !m.relatedProjects.includes(p.id))
        errors.push({
          file: 'mous.json',
          record: `mou "${mid}"`,
          field: 'relatedProjects',
          message: `must list "${p.id}", which links to it`,
        });
    }

  // A name or alias that squashes to the same letters for two organisations would make a lookup ambiguous.
  // Chinese names (sourced or search-only) are names too.
  const owners = new Map<string, string>();
  for (const o of data.organisations) owners.set(squash(o.name), owners.get(squash(o.name)) ?? o.id);
  for (const o of data.organisations) {
    const names: [string, string][] = [
      ...o.aliases.map((a, i): [string, string] => [`aliases[${i}]`, a]),
      ...(o.zh ?? []).map((z, i): [string, string] => [`zh[${i}].name`, z.name]),
      ...(o.searchAliases ?? []).map((a, i): [string, string] => [`searchAliases[${i}]`, a]),
    ];
    for (const [field, alias] of names) {
      const form = squash(alias);
      const other = owners.get(form);
      if (other !== undefined && other !== o.id)
        errors.push({
          file: 'organisations.json',
          record: `organisation "${o.id}"`,
          field,
          message: `"${alias}" is already a name or alias of "${other}"`,
        });
      else owners.set(form, o.id);
    }
  }
  errors.push(...checkChineseNames(data));
  return errors;
}

/**
 * Chinese names: a sourced one cites a source written in Chinese (that is where the characters come
 * from); a search-only alias never repeats a sourced name (the two are kept apart, so an alias can
 * never be shown as a fact).
 */
function checkChineseNames(data: RawData): DataError[] {
  const errors: DataError[] = [];
  const chinese = new Set(data.sources.filter((s) => s.language === 'zh').map((s) => s.id));
  const check = (
    file: string,
    record: string,
    field: string,
    zh: readonly ZhName[] | undefined,
    aliases: readonly string[] = [],
  ) => {
    (zh ?? []).forEach((z, i) => {
      if (!z.sources.some((s) => chinese.has(s)))
        errors.push({
          file,
          record,
          field: `${field}[${i}].sources`,
          message: `"${z.name}" must cite a source written in Chinese (language "zh" in sources.json)`,
        });
    });
    const sourced = new Set((zh ?? []).map((z) => z.name));
    aliases.forEach((a, i) => {
      if (sourced.has(a))
        errors.push({
          file,
          record,
          field: `searchAliases[${i}]`,
          message: `"${a}" is a sourced Chinese name (in zh): remove it from searchAliases`,
        });
    });
  };
  const i = data.initiative;
  check('initiative.json', 'initiative', 'zh', i.zh);
  if (i.committee) check('initiative.json', 'initiative', 'committee.zh', i.committee.zh);
  if (i.demonstrationZone) check('initiative.json', 'initiative', 'demonstrationZone.zh', i.demonstrationZone.zh);
  const people = new Set<string>();
  (i.people ?? []).forEach((p, k) => {
    if (people.has(p.name))
      errors.push({
        file: 'initiative.json',
        record: 'initiative',
        field: `people[${k}].name`,
        message: `"${p.name}" is listed twice`,
      });
    people.add(p.name);
    check('initiative.json', 'initiative', `people[${k}].zh`, p.zh);
  });
  for (const m of data.meetings) check('meetings.json', `meeting "${m.id}"`, 'zh', m.zh);
  for (const o of data.organisations)
    check('organisations.json', `organisation "${o.id}"`, 'zh', o.zh, o.searchAliases);
  for (const p of data.projects) check('projects.json', `project "${p.id}"`, 'zh', p.zh, p.searchAliases);
  return errors;
}

/**
 * A country marked stated must be stated: by the organisation's name as published (COUNTRY_PLACES)
 * or by a source's words in countryQuote; an unclear country is never stated.
 */
function checkCountry(o: Organisation): DataError[] {
  const at = (field: string, message: string): DataError => ({
    file: 'organisations.json',
    record: `organisation "${o.id}"`,
    field,
    message,
  });
  if (o.country === 'unclear')
    return o.countryStated ? [at('countryStated', 'must be false when the country is "unclear"')] : [];
  const places = COUNTRY_PLACES[o.country];
  const names = (t: string) => places.some((p) => new RegExp(`\\b${p}\\b`).test(t));
  if (o.countryQuote && !names(o.countryQuote.text))
    return [
      at(
        'countryQuote.text',
        `does not name ${o.country} (nor ${places.filter((p) => p !== o.country).join(' or ') || 'a place in it'})`,
      ),
    ];
  if (o.countryStated && !names(o.name) && !o.countryQuote)
    return [
      at(
        'countryStated',
        `is true, but neither the name nor a countryQuote names ${o.country}: quote the source, or set it to false`,
      ),
    ];
  return [];
}
