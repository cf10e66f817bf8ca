/** The year range's axis labels: regular steps, always the last year, and none running into the last. */
import { describe, expect, it } from "vitest";
import { axisYears } from "../../../web/src/panels/year-range.ts";

describe("axisYears", () => {
  it("labels every year of a short range", () => {
    expect(axisYears(2017, 2024)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(axisYears(2020, 2020)).toEqual([2020]);
  });

  it("leaves out a regular label right before the last year", () => {
    expect(axisYears(2017, 2026)).toEqual([2017, 2019, 2021, 2023, 2026]);
    expect(axisYears(2017, 2027)).toEqual([2017, 2019, 2021, 2023, 2025, 2027]);
    expect(axisYears(1990, 2026)).toEqual([1990, 1995, 2000, 2005, 2010, 2015, 2020, 2026]);
    expect(axisYears(1990, 2022)).toEqual([1990, 1995, 2000, 2005, 2010, 2015, 2022]);
  });
});
