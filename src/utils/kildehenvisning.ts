/**
 * Linjenumre i projektets tekstkopier af kilderne (../shared/seeds) kan ingen læser slå op.
 * En henvisning, læseren ser, nævner publikation og afsnittets overskrift; linjenumrene må kun
 * stå i feltet `linjer`, som sitet aldrig viser. Mønsteret bruges af skemaerne (bygningen fejler)
 * og af testene over kilderne og det byggede site.
 */
export const LINJENUMMER = /\blinj(?:e|er|erne)\s+(?:ca\.\s*|fx\s+)?\d|\bl\.\s*\d{2,}|\bL\d{2,}\b/i;

export const harLinjenummer = (tekst: string): boolean => LINJENUMMER.test(tekst);

export const LINJENUMMER_BESKED =
  'må ikke indeholde linjenumre fra projektets tekstkopier: skriv afsnittets overskrift (linjenumre kan stå i feltet "linjer", som sitet ikke viser)';
