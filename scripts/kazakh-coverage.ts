/**
 * Prints how much of the treaty catalog has Kazakh text: instrument titles, the article headings of the nine core UN
 * treaties and their protocols and of every other instrument, and the labels of mechanisms, reviews, recommendations
 * and violation types, with how many of them are unverified drafts.
 * Run with `node --import tsx scripts/kazakh-coverage.ts`.
 */
import { shippedData } from '../shared/catalog/data';
import { CatalogDataSchema } from '../shared/catalog/schema';
import { formatKazakhCoverage, kazakhCoverage } from './kazakh-coverage-count';

console.log(formatKazakhCoverage(kazakhCoverage(CatalogDataSchema.parse(shippedData))));
