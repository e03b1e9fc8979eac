/**
 * UI strings of a toolkit's school assembly (`<Assembly>`, `<Slide>`, `<SpeakerNotes>`): the
 * section on the toolkit page, its two downloads (slides to project, speaker notes to print),
 * the marks of the assembly script in the pack's PDF, and the words of the slide PDF's last
 * slide and the handout. `{n}` is a number of minutes or a slide's number, `{count}` of slides.
 */
import { defineFeatureStrings } from '../feature.ts';

/** Strings of the assembly on a toolkit page, in its pack PDF, slides and speaker notes, in every built-in language. */
export const assembly = defineFeatureStrings({
  ar: {
    'assembly.about': 'لقاء مدرسي مدته {n} دقيقة، عدد شرائحه {count}، مع ما يقوله المقدّم عند كل شريحة.',
    'assembly.slides': 'شرائح اللقاء (PDF)',
    'assembly.speakerNotes': 'ملاحظات المقدّم (PDF)',
    'assembly.slide': 'الشريحة {n}',
    'assembly.notes': 'ما تقوله',
    'assembly.say': 'قُل:',
    'assembly.helpNote':
      'اختم بهذه الشريحة: اقرأ الرقم بصوت عالٍ وقل من يجيب عليه، واتركه على الشاشة بينما يغادر التلاميذ.',
  },
  en: {
    'assembly.about': 'A {n}-minute assembly in {count} slides, with what the presenter says for each.',
    'assembly.slides': 'Assembly slides (PDF)',
    'assembly.speakerNotes': 'Speaker notes (PDF)',
    'assembly.slide': 'Slide {n}',
    'assembly.notes': 'What to say',
    'assembly.say': 'Say:',
    'assembly.helpNote':
      'End on this slide: read the number out, say who answers it, and leave it on the screen while pupils leave.',
  },
  es: {
    'assembly.about':
      'Una asamblea de {n} minutos en {count} diapositivas, con lo que dice quien presenta en cada una.',
    'assembly.slides': 'Diapositivas de la asamblea (PDF)',
    'assembly.speakerNotes': 'Notas para presentar (PDF)',
    'assembly.slide': 'Diapositiva {n}',
    'assembly.notes': 'Qué decir',
    'assembly.say': 'Di:',
    'assembly.helpNote':
      'Termina con esta diapositiva: lee el número en voz alta, explica quién contesta y déjalo en pantalla mientras salen los alumnos.',
  },
  fr: {
    'assembly.about': 'Un rassemblement de {n} minutes en {count} diapositives, avec ce que dit la personne qui anime.',
    'assembly.slides': 'Diapositives du rassemblement (PDF)',
    'assembly.speakerNotes': 'Notes de présentation (PDF)',
    'assembly.slide': 'Diapositive {n}',
    'assembly.notes': 'Ce que vous dites',
    'assembly.say': 'Dites :',
    'assembly.helpNote':
      'Terminez sur cette diapositive : lisez le numéro à voix haute, dites qui répond, et laissez-le à l’écran pendant que les élèves sortent.',
  },
  ru: {
    'assembly.about': 'Школьная линейка на {n} мин. Слайдов: {count}, к каждому — текст ведущего.',
    'assembly.slides': 'Слайды линейки (PDF)',
    'assembly.speakerNotes': 'Текст ведущего (PDF)',
    'assembly.slide': 'Слайд {n}',
    'assembly.notes': 'Что сказать',
    'assembly.say': 'Скажите:',
    'assembly.helpNote':
      'Закончите этим слайдом: прочитайте номер вслух, скажите, кто отвечает по нему, и оставьте его на экране, пока дети выходят.',
  },
  zh: {
    'assembly.about': '一次 {n} 分钟的集会，共 {count} 张幻灯片，每张都附有主讲人的讲稿。',
    'assembly.slides': '集会幻灯片（PDF）',
    'assembly.speakerNotes': '主讲人讲稿（PDF）',
    'assembly.slide': '第 {n} 张',
    'assembly.notes': '讲稿',
    'assembly.say': '讲：',
    'assembly.helpNote': '以这张幻灯片结束：大声读出号码，说明谁会接听，学生离场时让它留在屏幕上。',
  },
});
