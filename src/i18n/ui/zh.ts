import type { UiStrings } from './en.ts';

/** Simplified Chinese UI strings. */
export const zh: UiStrings = {
  'skipLink.label': '跳到正文',
  'header.getHelp': '寻求帮助',
  'header.mainNav': '主导航',
  'header.home': '首页',
  'header.menu': '菜单',
  'languagePicker.label': '语言',
  'languagePicker.untranslated': '尚未翻译',
  'fallback.title': '本页尚未翻译',
  'fallback.body': '在译文完成之前，您阅读的是{language}原文。',
  'campaigns.title': '更安全互联网日活动',
  'campaigns.intro': '选择一项活动以阅读其页面。',
  'campaign.date': '更安全互联网日：{date}',
  'footer.organiser': '主办方：{organiser}',
  'footer.partners': '合作伙伴：{partners}',
  'footer.licence': '内容许可：{licence}',
  'root.title': '请选择语言',
  'notFound.title': '找不到页面',
  'notFound.body': '我们找不到此页面。它可能已被移动，或从未存在。',
  'notFound.home': '前往活动列表',
  'sources.title': '资料来源',
};
