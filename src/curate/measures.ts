/**
 * Measure suggestions for a claim being curated: the existing measures of the
 * same unit and category, ranked by how much their words share with the
 * claim's subject (TF-IDF cosine over word stems, so words every measure uses
 * count for little).
 */
import type { Claim, Measure } from '../model/claim';
import type { Category, Unit } from '../model/schema';

/** A measure as the workbench offers it. */
export interface MeasureOption {
  id: string;
  /** What is counted: the measure's title. */
  title: string;
  category: Category;
  unit: Unit;
  /** How many claims report it. */
  reports: number;
  /** More words about it, for matching only: its definition and place, its claims' subjects. */
  about?: string;
}

export interface MeasureSuggestion extends MeasureOption {
  /** Similarity to the subject, 0 to 1. */
  score: number;
}

/**
 * The measures of measures.csv as the workbench offers them: each with its
 * count of reports, and for matching its definition, place and the subjects
 * of the claims that cite it (`claims`, minus any left out on purpose).
 */
export function measureOptions(
  measures: readonly Measure[],
  claims: readonly Claim[],
): MeasureOption[] {
  const byId = new Map<string, MeasureOption>();
  for (const measure of measures) byId.set(measure.id, measureOption(measure));
  for (const claim of claims) {
    const known = byId.get(claim.measure);
    if (!known) continue;
    known.reports++;
    known.about = `${known.about} ${claim.subject}`;
  }
  return [...byId.values()];
}

/** One row of measures.csv as an option, before any claim cites it. */
export function measureOption(measure: Measure): MeasureOption {
  const { id, title, category, unit } = measure;
  return { id, title, category, unit, reports: 0, about: `${measure.place} ${measure.definition}` };
}

const STOP = new Set(
  'a an and as at by for from in into of on or the to with its their his her who which that this these those was were is are be been had has have'.split(
    ' ',
  ),
);

/** Lowercase word stems: "killed" and "kills" meet at "kill", "trucks" at "truck". */
export function stems(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .normalize('NFKD')
      .match(/[a-z0-9]+/g) ?? [];
  return words
    .filter((w) => !STOP.has(w))
    .map((w) => w.replace(/(?:ing|ed|es|s)$/, '') || w)
    .filter((w) => w.length > 1);
}

interface Entry {
  measure: MeasureOption;
  vector: Map<string, number>;
}

/** A ranking index over measures, built once per set of measures. */
export class MeasureIndex {
  /** By unit and category: a suggestion only ever ranks the measures of its own. */
  readonly #byKind = new Map<string, Entry[]>();
  readonly #idf = new Map<string, number>();

  constructor(measures: readonly MeasureOption[]) {
    const bags = measures.map(wordsOf);
    const documents = new Map<string, number>();
    for (const bag of bags)
      for (const word of new Set(bag)) documents.set(word, (documents.get(word) ?? 0) + 1);
    for (const [word, n] of documents) this.#idf.set(word, Math.log(1 + measures.length / n));
    measures.forEach((measure, i) => this.#insert(measure, bags[i]!));
  }

  /**
   * One more measure, weighted by the word frequencies of the index as built:
   * a new measure is matched at once, without rebuilding for every decision.
   */
  add(measure: MeasureOption): void {
    this.#insert(measure, wordsOf(measure));
  }

  /** Takes a measure out, as when the decision that added it is undone. */
  remove(id: string): void {
    for (const entries of this.#byKind.values()) {
      const at = entries.findIndex((e) => e.measure.id === id);
      if (at !== -1) entries.splice(at, 1);
    }
  }

  #insert(measure: MeasureOption, words: readonly string[]): void {
    const kind = `${measure.unit}/${measure.category}`;
    let entries = this.#byKind.get(kind);
    if (!entries) this.#byKind.set(kind, (entries = []));
    entries.push({ measure, vector: this.#vector(words) });
  }

  #vector(words: readonly string[]): Map<string, number> {
    const vector = new Map<string, number>();
    for (const word of words)
      vector.set(word, (vector.get(word) ?? 0) + (this.#idf.get(word) ?? 0));
    let norm = 0;
    for (const weight of vector.values()) norm += weight * weight;
    norm = Math.sqrt(norm) || 1;
    for (const [word, weight] of vector) vector.set(word, weight / norm);
    return vector;
  }

  /**
   * The measures of this unit and category, most similar first: to the
   * subject, and less to the sentence around the figure (its places and
   * events often name the measure better than a proposed subject does).
   */
  suggest(
    query: { subject: string; context?: string; unit: string; category: string },
    limit = 3,
  ): MeasureSuggestion[] {
    const subject = stems(query.subject);
    const wanted = this.#vector([...subject, ...subject, ...stems(query.context ?? '')]);
    const scored = (this.#byKind.get(`${query.unit}/${query.category}`) ?? []).map(
      ({ measure, vector }) => {
        let score = 0;
        for (const [word, weight] of wanted) score += weight * (vector.get(word) ?? 0);
        return { measure, score };
      },
    );
    scored.sort(
      (a, b) =>
        b.score - a.score ||
        b.measure.reports - a.measure.reports ||
        (a.measure.id < b.measure.id ? -1 : 1),
    );
    return scored.slice(0, limit).map(({ measure, score }) => {
      const { about: _about, ...shown } = measure;
      return { ...shown, score };
    });
  }
}

function wordsOf(measure: MeasureOption): string[] {
  return stems(`${measure.title} ${measure.id.replace(/-/g, ' ')} ${measure.about ?? ''}`);
}
