import { describe, expect, it } from "vitest";
import { finnishToday, fromFinnishTime, toFinnishTime } from "./finnish-time";

describe("Finnish time", () => {
  it("is UTC+2 in winter and UTC+3 in summer", () => {
    expect(fromFinnishTime("2027-01-15T09:30")?.toISOString()).toBe("2027-01-15T07:30:00.000Z");
    expect(fromFinnishTime("2027-07-15T09:30:15")?.toISOString()).toBe("2027-07-15T06:30:15.000Z");
  });

  it("handles the nights the clocks change", () => {
    // 28 March 2027: 03:00 becomes 04:00; 03:30 does not exist and moves on by the gap.
    expect(fromFinnishTime("2027-03-28T02:59")?.toISOString()).toBe("2027-03-28T00:59:00.000Z");
    expect(fromFinnishTime("2027-03-28T04:00")?.toISOString()).toBe("2027-03-28T01:00:00.000Z");
    expect(fromFinnishTime("2027-03-28T03:30")?.toISOString()).toBe("2027-03-28T01:30:00.000Z");
    // 31 October 2027: 04:00 goes back to 03:00; after the change it is UTC+2 again.
    expect(fromFinnishTime("2027-10-31T05:00")?.toISOString()).toBe("2027-10-31T03:00:00.000Z");
  });

  it("reads back what it wrote", () => {
    for (const value of ["2027-01-15T09:30", "2027-07-01T00:05", "2027-12-31T23:59"]) {
      expect(toFinnishTime(fromFinnishTime(value) as Date)).toBe(value);
    }
    expect(finnishToday(new Date("2027-06-30T22:30:00Z"))).toBe("2027-07-01");
  });

  it("refuses what is not a time", () => {
    for (const value of ["", "2027-02-31T10:00", "2027-13-01T10:00", "2027-01-01T24:00", "2027-01-01 10:00", "tomorrow"]) {
      expect(fromFinnishTime(value)).toBeNull();
    }
  });
});
