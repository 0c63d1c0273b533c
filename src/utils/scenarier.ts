/**
 * Sitets eksempler på tilbud (samlingen "scenarier", valideret med motorens skema ved bygningen) i den
 * rækkefølge, siderne viser dem: efter navn. Gennemgangen, kalibreringen, facitsiden og quizzen henter
 * dem herfra og giver dem videre som props.
 */
import { getCollection } from 'astro:content';

export async function eksempler() {
  return (await getCollection('scenarier')).sort((a, b) => a.data.navn.localeCompare(b.data.navn, 'da')).map(({ id, data }) => ({ id, data }));
}
