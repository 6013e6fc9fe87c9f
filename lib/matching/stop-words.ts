// Function words of English and Indonesian: they say nothing about which claim a text repeats,
// so they are dropped before matching (and they tell the two languages apart for stemming).
import type { MatchLanguage } from './claim-text';

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

export const STOP_WORDS: Readonly<Record<MatchLanguage, ReadonlySet<string>>> = {
  en: words(`a about above after again against all also am an and any are aren as at be because been before
    being below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those through
    to too under until up very was we were what when where which while who whom why will with would you
    your yours yourself yourselves s t don doesn didn isn wasn won via amp rt`),
  id: words(`ada adalah agar akan aku anda apa atau bagi bahwa baik bila bisa dalam dan dari dengan di dia
    ialah ini itu jika juga kami kamu karena ke kepada kita lagi lalu maka mereka nya oleh pada para sang
    saat sebagai sedang sehingga sejak semua serta si sudah supaya tak tapi telah tentang tersebut tetapi
    tidak untuk yaitu yakni yang pun lah kah pula hanya masih belum sebuah seorang`),
};
