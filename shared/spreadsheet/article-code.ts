/**
 * Reads an article cell («МПГПП 22», "ICCPR art. 22", "CCPR-22", «АСҚХП 22», "KZ-CC-274") into a catalog tag, the
 * same way the tag picker reads what a monitor types: by its search. The picker lets a person choose among hits;
 * an import cannot ask per cell, so a code only becomes a tag when the search has one clear answer. A bare "22"
 * (ICCPR, ICESCR, CAT…) or "HRC" (many documents) stays as written, for the person to tag by hand.
 */
import { resolveTagTarget, resolvedEntry, searchCatalog, type Catalog, type Lang } from '../catalog';

export type ArticleReading =
  | { kind: 'tag'; written: string; id: string }
  | { kind: 'ambiguous'; written: string }
  | { kind: 'unknown'; written: string };

export function readArticleCode(written: string, lang: Lang, catalog: Catalog): ArticleReading {
  // A stored id, old or current, keeps its paragraph ("ICCPR-20.2"), which the search would round to the article.
  const asId = resolveTagTarget(written.trim().toUpperCase(), catalog);
  if (asId.status === 'current' || asId.status === 'renamed') return { kind: 'tag', written, id: asId.paragraph ? `${asId.id}.${asId.paragraph}` : asId.id };
  const replacement = resolvedEntry(asId);
  if (replacement) return { kind: 'tag', written, id: replacement.id };

  const [best, next] = searchCatalog(written, lang, 2, catalog);
  if (!best) return { kind: 'unknown', written };
  if (next && next.score === best.score) return { kind: 'ambiguous', written };
  // When the words around the number added nothing to the match ("ст. 22": "ст." only announces a number), the
  // hit is the number alone, and a number alone is an article of every instrument.
  if (next && /\d/.test(written)) {
    const [numberOnly] = searchCatalog(written.replace(/\p{L}+/gu, ' '), lang, 1, catalog);
    if (numberOnly?.id === best.id && numberOnly.score === best.score) return { kind: 'ambiguous', written };
  }
  return { kind: 'tag', written, id: best.id };
}

/** Reads each distinct code once: a sheet of 50,000 rows repeats a few dozen codes. */
export function articleCodeReader(lang: Lang, catalog: Catalog): (written: string) => ArticleReading {
  const seen = new Map<string, ArticleReading>();
  return (written) => {
    let reading = seen.get(written);
    if (!reading) {
      reading = readArticleCode(written, lang, catalog);
      seen.set(written, reading);
    }
    return reading;
  };
}
