/**
 * Chinese → English names of countries and of foreign cities that appear as Chongqing's partner
 * cities. A lookup of names, not of values: a city missing here still gets a row, with an empty
 * English name and a warning, so the gap is visible and fixed here.
 * Owns: names only; knows nothing about dates or relations.
 */

export const COUNTRIES: Readonly<Record<string, string>> = {
  法国: 'France',
  西班牙: 'Spain',
  埃塞俄比亚: 'Ethiopia',
  萨尔瓦多: 'El Salvador',
  尼泊尔: 'Nepal',
  孟加拉国: 'Bangladesh',
  孟加拉: 'Bangladesh',
  美国: 'United States',
  澳大利亚: 'Australia',
  英国: 'United Kingdom',
  德国: 'Germany',
  意大利: 'Italy',
  俄罗斯: 'Russia',
  日本: 'Japan',
  韩国: 'South Korea',
  加拿大: 'Canada',
  巴西: 'Brazil',
  阿根廷: 'Argentina',
  智利: 'Chile',
  墨西哥: 'Mexico',
  新加坡: 'Singapore',
  马来西亚: 'Malaysia',
  泰国: 'Thailand',
  越南: 'Vietnam',
  老挝: 'Laos',
  柬埔寨: 'Cambodia',
  缅甸: 'Myanmar',
  印度尼西亚: 'Indonesia',
  菲律宾: 'Philippines',
  巴基斯坦: 'Pakistan',
  印度: 'India',
  斯里兰卡: 'Sri Lanka',
  哈萨克斯坦: 'Kazakhstan',
  乌兹别克斯坦: 'Uzbekistan',
  白俄罗斯: 'Belarus',
  乌克兰: 'Ukraine',
  匈牙利: 'Hungary',
  波兰: 'Poland',
  捷克: 'Czech Republic',
  塞尔维亚: 'Serbia',
  希腊: 'Greece',
  荷兰: 'Netherlands',
  比利时: 'Belgium',
  瑞士: 'Switzerland',
  瑞典: 'Sweden',
  芬兰: 'Finland',
  挪威: 'Norway',
  丹麦: 'Denmark',
  葡萄牙: 'Portugal',
  爱尔兰: 'Ireland',
  奥地利: 'Austria',
  土耳其: 'Türkiye',
  以色列: 'Israel',
  伊朗: 'Iran',
  埃及: 'Egypt',
  南非: 'South Africa',
  肯尼亚: 'Kenya',
  尼日利亚: 'Nigeria',
  新西兰: 'New Zealand',
  蒙古国: 'Mongolia',
  蒙古: 'Mongolia',
};

/** Foreign cities by their usual Chinese name (without the trailing 市). */
export const CITIES: Readonly<Record<string, string>> = {
  图卢兹: 'Toulouse',
  塞维利亚: 'Seville',
  亚的斯亚贝巴: 'Addis Ababa',
  圣萨尔瓦多中心: 'San Salvador Centro',
  圣萨尔瓦多: 'San Salvador',
  巴拉特普尔: 'Bharatpur',
  北达卡: 'Dhaka North',
  萨克拉门托: 'Sacramento',
  西雅图: 'Seattle',
  莱斯特: 'Leicester',
  杜塞尔多夫: 'Düsseldorf',
  布里斯班: 'Brisbane',
  广岛: 'Hiroshima',
  沃罗涅日: 'Voronezh',
  安特卫普: 'Antwerp',
  布达佩斯: 'Budapest',
  明斯克: 'Minsk',
  万象: 'Vientiane',
  曼谷: 'Bangkok',
  伊斯坦布尔: 'Istanbul',
};

/** Longest country name at the start of `text`, or null (孟加拉国 before 孟加拉). */
export function countryPrefix(text: string): string | null {
  let best: string | null = null;
  for (const name of Object.keys(COUNTRIES))
    if (text.startsWith(name) && (!best || name.length > best.length)) best = name;
  return best;
}
