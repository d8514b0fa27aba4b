import { fromText, segment } from '../../../src/core/review';
import { crossesBorder } from '../../../src/core/review/places';

const crosses = (text: string) => crossesBorder(segment(fromText(text)).sentences);

describe('whether the deal crosses a border', () => {
  it('reads parties established in two countries', () => {
    expect(
      crosses('This Agreement is made between Nordlys Energi AB, a company organised under the laws of Sweden, and Shenzhen Hexi Battery Co., Ltd., a company incorporated in the People\'s Republic of China.'),
    ).toBe(true);
  });
  it('reads two US states as one country', () => {
    expect(
      crosses('This Agreement is entered into by Acme Devices, Inc., a Delaware corporation, and Beta Research LLC, a Texas limited liability company.'),
    ).toBe(false);
  });
  it('takes a draft that names no place as crossing, as our users take technology abroad', () => {
    expect(crosses('This Agreement is made between the Provider and the Evaluator named on the Cover Page.')).toBe(true);
  });
  it('does not read one party\'s place as both', () => {
    expect(crosses('This Agreement is made between Acme Devices, Inc., a Delaware corporation, and Hexi Battery Co., Ltd.')).toBe(true);
  });
  it('reads an offshore place of incorporation as a country of its own', () => {
    expect(
      crosses('PARTIES (1) Hexi Boilers (Hong Kong) Ltd, a company incorporated in Hong Kong whose registered office is in Kowloon, Hong Kong ("Hexi"); and (2) Northfield Holdings PLC, a company incorporated in the Isle of Man ("Northfield").'),
    ).toBe(true);
  });
});
