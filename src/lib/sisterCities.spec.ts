import { describe, expect, it } from 'vitest';
import { makeRow } from './rows';
import { citiesAddedIn, totalsSeries } from './sisterCities';

const total = (as_of: string, sister_cities: string, friendly_exchange_cities: string) =>
  makeRow('sisterCityTotals', { as_of, sister_cities, friendly_exchange_cities });

describe('totalsSeries', () => {
  const rows = [
    total('2024-05-22', '56', '129'),
    total('1982-12', '1', ''),
    total('2023-12', '54', '125'),
    total('2015-10', '34', 'n/a'),
  ];
  it('gives each relation its reported totals in date order', () => {
    expect(totalsSeries(rows, 'sister').map((p) => [p.asOf, p.value])).toEqual([
      ['1982-12', 1],
      ['2015-10', 34],
      ['2023-12', 54],
      ['2024-05-22', 56],
    ]);
  });
  it('leaves out dates with no total for that relation', () => {
    expect(totalsSeries(rows, 'friendly_exchange').map((p) => p.value)).toEqual([125, 129]);
  });
});

describe('citiesAddedIn', () => {
  it('names the cities added in a year, sister cities first', () => {
    const cities = [
      makeRow('sisterCities', { city_zh: '图卢兹', relation: 'sister', date: '1982' }),
      makeRow('sisterCities', {
        city_zh: '北达卡',
        relation: 'friendly_exchange',
        date: '2024-05-22',
      }),
      makeRow('sisterCities', { city_zh: '塞维利亚', relation: 'sister', date: '2024-05-22' }),
    ];
    expect(citiesAddedIn(cities, '2024').map((c) => c.city_zh)).toEqual(['塞维利亚', '北达卡']);
  });

  it('lists a city two sources report once, from the first source', () => {
    const city = (source_id: string) =>
      makeRow('sisterCities', {
        city_zh: '塞维利亚',
        relation: 'sister',
        date: '2024-05-22',
        source_id,
      });
    expect(citiesAddedIn([city('000'), city('own-01')], '2024').map((c) => c.source_id)).toEqual([
      '000',
    ]);
  });
});
