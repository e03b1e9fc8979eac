import type { UiStrings } from './en.ts';

/** Arabic UI strings. */
export const ar: UiStrings = {
  'skipLink.label': 'انتقل إلى المحتوى',
  'header.getHelp': 'احصل على المساعدة',
  'header.mainNav': 'التنقل الرئيسي',
  'header.home': 'الرئيسية',
  'header.menu': 'القائمة',
  'languagePicker.label': 'اللغة',
  'languagePicker.untranslated': 'لم تُترجم بعد',
  'fallback.title': 'هذه الصفحة لم تُترجم بعد',
  'fallback.body': 'أنت تقرأ النص الأصلي باللغة {language} إلى أن تصبح الترجمة جاهزة.',
  'campaigns.title': 'حملات يوم الإنترنت الأكثر أمانًا',
  'campaigns.intro': 'اختر حملة لقراءة صفحاتها.',
  'campaign.date': 'يوم الإنترنت الأكثر أمانًا: {date}',
  'footer.organiser': 'تنظيم {organiser}',
  'footer.partners': 'الشركاء: {partners}',
  'footer.licence': 'ترخيص المحتوى: {licence}',
  'root.title': 'اختر لغتك',
  'notFound.title': 'الصفحة غير موجودة',
  'notFound.body': 'لم نتمكن من العثور على هذه الصفحة. ربما نُقلت أو لم تكن موجودة أصلًا.',
  'notFound.home': 'انتقل إلى قائمة الحملات',
  'sources.title': 'المصادر',
};
