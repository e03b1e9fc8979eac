/**
 * UI strings of a campaign's home page: the hero's calls to action and the headings of its
 * audience tiles, key facts and toolkits.
 */
import { defineFeatureStrings } from '../feature.ts';

/** Strings of the campaign home page, in every built-in language. */
export const home = defineFeatureStrings({
  ar: {
    'home.primaryAction': 'اعثر على حقيبة تعليمية',
    'home.secondaryAction': 'اطلب المساعدة',
    'home.audiencesTitle': 'ابدأ من هنا',
    'home.factsTitle': 'أرقام تستحق المعرفة',
    'home.factsSource': 'من تقرير الأمم المتحدة A/HRC/28/56 (2014)',
    'home.toolkitsTitle': 'حقائب تعليمية للطباعة',
    'home.toolkitsLead': 'أنشطة جاهزة للصف وللبيت، لكل فئة عمرية.',
    'home.allToolkits': 'كل الحقائب التعليمية',
  },
  en: {
    'home.primaryAction': 'Find a toolkit',
    'home.secondaryAction': 'Get help',
    'home.audiencesTitle': 'Start here',
    'home.factsTitle': 'Figures worth knowing',
    'home.factsSource': 'From UN report A/HRC/28/56 (2014)',
    'home.toolkitsTitle': 'Toolkits to print',
    'home.toolkitsLead': 'Ready-made activities for the classroom and for home, for every age.',
    'home.allToolkits': 'All toolkits',
  },
  es: {
    'home.primaryAction': 'Busca materiales didácticos',
    'home.secondaryAction': 'Pide ayuda',
    'home.audiencesTitle': 'Empieza aquí',
    'home.factsTitle': 'Cifras que conviene conocer',
    'home.factsSource': 'Del informe de la ONU A/HRC/28/56 (2014)',
    'home.toolkitsTitle': 'Materiales didácticos para imprimir',
    'home.toolkitsLead': 'Actividades listas para el aula y para casa, para cada edad.',
    'home.allToolkits': 'Todos los materiales',
  },
  fr: {
    'home.primaryAction': 'Trouver un kit pédagogique',
    'home.secondaryAction': 'Trouver de l’aide',
    'home.audiencesTitle': 'Par où commencer',
    'home.factsTitle': 'Des chiffres à connaître',
    'home.factsSource': 'D’après le rapport de l’ONU A/HRC/28/56 (2014)',
    'home.toolkitsTitle': 'Kits pédagogiques à imprimer',
    'home.toolkitsLead': 'Des activités prêtes à l’emploi pour la classe et la maison, pour chaque âge.',
    'home.allToolkits': 'Tous les kits pédagogiques',
  },
  ru: {
    'home.primaryAction': 'Найти учебные материалы',
    'home.secondaryAction': 'Получить помощь',
    'home.audiencesTitle': 'С чего начать',
    'home.factsTitle': 'Цифры, которые стоит знать',
    'home.factsSource': 'Из доклада ООН A/HRC/28/56 (2014)',
    'home.toolkitsTitle': 'Материалы для печати',
    'home.toolkitsLead': 'Готовые занятия для класса и для дома, для любого возраста.',
    'home.allToolkits': 'Все учебные материалы',
  },
  zh: {
    'home.primaryAction': '查找教育资料包',
    'home.secondaryAction': '寻求帮助',
    'home.audiencesTitle': '从这里开始',
    'home.factsTitle': '值得了解的数字',
    'home.factsSource': '出自联合国报告 A/HRC/28/56（2014年）',
    'home.toolkitsTitle': '可打印的教育资料包',
    'home.toolkitsLead': '适合课堂和家庭的现成活动，覆盖各个年龄段。',
    'home.allToolkits': '全部资料包',
  },
});
