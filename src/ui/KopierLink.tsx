/** Et link i et skrivebeskyttet felt med en kopiér-knap (kalibreringens links). */
import Kopier from './Kopier.tsx';
import { FAELLES } from './tekster.ts';

export default function KopierLink({ etiket, href, hjaelp }: { etiket: string; href: string; hjaelp?: string }) {
  return (
    <Kopier
      tekst={href}
      knap={FAELLES.kopierLink}
      kopieret={FAELLES.linkKopieret}
      fejl={FAELLES.linkKopierFejl}
      felt={{ etiket, hjaelp }}
      klasse="kopier-link"
    />
  );
}
