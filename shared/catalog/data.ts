// The shipped data files, gathered in one object for validation. Adding a file means adding it here.
import manifest from './manifest.json';
import cat from './instruments/un/cat.json';
import cedawOp from './instruments/un/cedaw-op.json';
import cedaw from './instruments/un/cedaw.json';
import cped from './instruments/un/cped.json';
import crcOpac from './instruments/un/crc-opac.json';
import crcOpic from './instruments/un/crc-opic.json';
import crcOpsc from './instruments/un/crc-opsc.json';
import crc from './instruments/un/crc.json';
import crpdOp from './instruments/un/crpd-op.json';
import crpd from './instruments/un/crpd.json';
import iccprOp1 from './instruments/un/iccpr-op1.json';
import iccprOp2 from './instruments/un/iccpr-op2.json';
import iccpr from './instruments/un/iccpr.json';
import icerd from './instruments/un/icerd.json';
import icescr from './instruments/un/icescr.json';
import icmw from './instruments/un/icmw.json';
import opCat from './instruments/un/op-cat.json';
import opIcescr from './instruments/un/op-icescr.json';
import ilo from './instruments/ilo.json';
import regional from './instruments/regional-and-standards.json';
import sdg from './instruments/sdg.json';
import udhr from './instruments/udhr.json';
import unDocuments from './instruments/documents/un-documents.json';
import unStandards from './instruments/documents/un-standards.json';
import iloTechnical from './instruments/ilo-technical.json';
import councilOfEurope from './instruments/council-of-europe.json';
import osceCommitments from './instruments/osce-commitments.json';
import refugeesAndStatelessness from './instruments/treaties/refugees-and-statelessness.json';
import criminalAndHumanitarianLaw from './instruments/treaties/criminal-and-humanitarian-law.json';
import crimeTerrorismAndDrugs from './instruments/treaties/crime-terrorism-and-drugs.json';
import otherTreaties from './instruments/treaties/other-treaties.json';
import criminalCode from './domestic/kz-criminal-code.json';
import adminCode from './domestic/kz-administrative-code.json';
import constitution from './domestic/kz-constitution.json';
import lawsAndDecrees from './domestic/kz-laws-and-decrees.json';
import criminalProcedureCode from './domestic/kz-criminal-procedure-code.json';
import labourCode from './domestic/kz-labour-code.json';
import mechanisms from './mechanisms/mechanisms.json';
import reviewsKz from './mechanisms/reviews-kz.json';
import uprKz3 from './recommendations/kz-upr-3.json';
import treatyBodiesKz from './recommendations/kz-treaty-bodies.json';
import violationTypes from './vocabulary/violation-types.json';
import everydayPhrases from './vocabulary/everyday-phrases.json';
import shortNames from './vocabulary/short-names.json';
import ratificationsKz from './ratifications/kz.json';
import placesKz from './gazetteer/kz.json';

/** Raw, unvalidated: loadCatalog parses it with CatalogDataSchema. */
export const shippedData: unknown = {
  manifest,
  instruments: [
    iccpr, icescr, cat, cedaw, crc, crpd, icerd, icmw, cped,
    opCat, iccprOp1, iccprOp2, crcOpac, crcOpsc, crcOpic, cedawOp, crpdOp, opIcescr,
    udhr, ...unDocuments, ...unStandards,
    ...refugeesAndStatelessness, ...criminalAndHumanitarianLaw, ...crimeTerrorismAndDrugs, ...otherTreaties,
    ...ilo, ...iloTechnical, ...regional, ...osceCommitments, ...councilOfEurope, sdg, criminalCode, criminalProcedureCode, adminCode, labourCode, constitution, ...lawsAndDecrees,
  ],
  mechanisms,
  reviews: reviewsKz,
  recommendationGroups: [uprKz3],
  recommendations: treatyBodiesKz,
  violationTypes,
  ratifications: ratificationsKz,
  places: placesKz,
};

/** Raw, unvalidated: everyday-phrases.ts parses it. Search keywords only, so not part of the catalog's entries. */
export const everydayPhrasesData: unknown = everydayPhrases;

/** Raw, unvalidated: short-names.ts parses it. Localised short names of Kazakh codes, keyed by instrument id. */
export const shortNamesData: unknown = shortNames;
