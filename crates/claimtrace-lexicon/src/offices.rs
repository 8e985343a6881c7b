//! Who held an office on a day: "the President of Ukraine" on 2022-04-05 is
//! Volodymyr Zelenskyy. A record titled "Address by the President of
//! Ukraine" names its speaker only by office; the trace needs the person
//! (a quote given to Putin is not Zelensky's words).
//!
//! The offices' names are words of each language (the lexicons'
//! `office_titles`); the holders are the same in every language and live
//! here, in the spelling English news uses.

/// An office whose holder a text may name by title alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Office {
    PresidentOfUkraine,
    PresidentOfRussia,
    PresidentOfTheUnitedStates,
    PrimeMinisterOfTheUnitedKingdom,
    SecretaryGeneralOfTheUnitedNations,
    SecretaryGeneralOfNato,
    ForeignMinisterOfRussia,
}

/// One term in office: the holder, the first day and the day the term
/// ended (`None`: still in office when this table was written, December
/// 2026). Days are ISO dates; a handover day counts for the new holder.
#[derive(Debug, Clone, Copy)]
pub struct Term {
    pub office: Office,
    pub holder: &'static str,
    pub from: &'static str,
    pub until: Option<&'static str>,
}

const fn term(
    office: Office,
    holder: &'static str,
    from: &'static str,
    until: Option<&'static str>,
) -> Term {
    Term {
        office,
        holder,
        from,
        until,
    }
}

use Office::*;

/// Terms since 1991, in no particular order.
pub const TERMS: &[Term] = &[
    term(
        PresidentOfUkraine,
        "Leonid Kravchuk",
        "1991-12-05",
        Some("1994-07-19"),
    ),
    term(
        PresidentOfUkraine,
        "Leonid Kuchma",
        "1994-07-19",
        Some("2005-01-23"),
    ),
    term(
        PresidentOfUkraine,
        "Viktor Yushchenko",
        "2005-01-23",
        Some("2010-02-25"),
    ),
    term(
        PresidentOfUkraine,
        "Viktor Yanukovych",
        "2010-02-25",
        Some("2014-02-22"),
    ),
    term(
        PresidentOfUkraine,
        "Petro Poroshenko",
        "2014-06-07",
        Some("2019-05-20"),
    ),
    term(
        PresidentOfUkraine,
        "Volodymyr Zelenskyy",
        "2019-05-20",
        None,
    ),
    term(
        PresidentOfRussia,
        "Boris Yeltsin",
        "1991-07-10",
        Some("1999-12-31"),
    ),
    term(
        PresidentOfRussia,
        "Vladimir Putin",
        "1999-12-31",
        Some("2008-05-07"),
    ),
    term(
        PresidentOfRussia,
        "Dmitry Medvedev",
        "2008-05-07",
        Some("2012-05-07"),
    ),
    term(PresidentOfRussia, "Vladimir Putin", "2012-05-07", None),
    term(
        PresidentOfTheUnitedStates,
        "Bill Clinton",
        "1993-01-20",
        Some("2001-01-20"),
    ),
    term(
        PresidentOfTheUnitedStates,
        "George W. Bush",
        "2001-01-20",
        Some("2009-01-20"),
    ),
    term(
        PresidentOfTheUnitedStates,
        "Barack Obama",
        "2009-01-20",
        Some("2017-01-20"),
    ),
    term(
        PresidentOfTheUnitedStates,
        "Donald Trump",
        "2017-01-20",
        Some("2021-01-20"),
    ),
    term(
        PresidentOfTheUnitedStates,
        "Joe Biden",
        "2021-01-20",
        Some("2025-01-20"),
    ),
    term(
        PresidentOfTheUnitedStates,
        "Donald Trump",
        "2025-01-20",
        None,
    ),
    term(
        PrimeMinisterOfTheUnitedKingdom,
        "Tony Blair",
        "1997-05-02",
        Some("2007-06-27"),
    ),
    term(
        PrimeMinisterOfTheUnitedKingdom,
        "Gordon Brown",
        "2007-06-27",
        Some("2010-05-11"),
    ),
    term(
        PrimeMinisterOfTheUnitedKingdom,
        "David Cameron",
        "2010-05-11",
        Some("2016-07-13"),
    ),
    term(
        PrimeMinisterOfTheUnitedKingdom,
        "Theresa May",
        "2016-07-13",
        Some("2019-07-24"),
    ),
    term(
        PrimeMinisterOfTheUnitedKingdom,
        "Boris Johnson",
        "2019-07-24",
        Some("2022-09-06"),
    ),
    term(
        PrimeMinisterOfTheUnitedKingdom,
        "Liz Truss",
        "2022-09-06",
        Some("2022-10-25"),
    ),
    term(
        PrimeMinisterOfTheUnitedKingdom,
        "Rishi Sunak",
        "2022-10-25",
        Some("2024-07-05"),
    ),
    term(
        PrimeMinisterOfTheUnitedKingdom,
        "Keir Starmer",
        "2024-07-05",
        None,
    ),
    term(
        SecretaryGeneralOfTheUnitedNations,
        "Kofi Annan",
        "1997-01-01",
        Some("2007-01-01"),
    ),
    term(
        SecretaryGeneralOfTheUnitedNations,
        "Ban Ki-moon",
        "2007-01-01",
        Some("2017-01-01"),
    ),
    term(
        SecretaryGeneralOfTheUnitedNations,
        "Antonio Guterres",
        "2017-01-01",
        None,
    ),
    term(
        SecretaryGeneralOfNato,
        "Anders Fogh Rasmussen",
        "2009-08-01",
        Some("2014-10-01"),
    ),
    term(
        SecretaryGeneralOfNato,
        "Jens Stoltenberg",
        "2014-10-01",
        Some("2024-10-01"),
    ),
    term(SecretaryGeneralOfNato, "Mark Rutte", "2024-10-01", None),
    term(
        ForeignMinisterOfRussia,
        "Igor Ivanov",
        "1998-09-11",
        Some("2004-03-09"),
    ),
    term(ForeignMinisterOfRussia, "Sergey Lavrov", "2004-03-09", None),
];

/// Who held `office` on `day` (an ISO date, or a timestamp starting with
/// one); `None` between terms or for a day that is no date.
pub fn holder_on(office: Office, day: &str) -> Option<&'static str> {
    let day = day.get(..10)?;
    let is_date = day.bytes().enumerate().all(|(i, b)| {
        if i == 4 || i == 7 {
            b == b'-'
        } else {
            b.is_ascii_digit()
        }
    });
    if !is_date {
        return None;
    }
    TERMS
        .iter()
        .filter(|t| t.office == office)
        .find(|t| t.from <= day && t.until.is_none_or(|u| day < u))
        .map(|t| t.holder)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_holder_is_the_one_in_office_that_day() {
        assert_eq!(
            holder_on(PresidentOfUkraine, "2022-04-05T23:54:31"),
            Some("Volodymyr Zelenskyy")
        );
        assert_eq!(
            holder_on(PresidentOfUkraine, "2016-03-01"),
            Some("Petro Poroshenko")
        );
        // Between Yanukovych's flight and Poroshenko's inauguration.
        assert_eq!(holder_on(PresidentOfUkraine, "2014-04-01"), None);
        assert_eq!(
            holder_on(PresidentOfRussia, "2010-01-01"),
            Some("Dmitry Medvedev")
        );
        assert_eq!(
            holder_on(PresidentOfRussia, "2012-05-07"),
            Some("Vladimir Putin")
        );
        assert_eq!(holder_on(PresidentOfRussia, "yesterday"), None);
    }

    #[test]
    fn terms_of_one_office_do_not_overlap() {
        for a in TERMS {
            for b in TERMS {
                if std::ptr::eq(a, b) || a.office != b.office {
                    continue;
                }
                let a_ends_first = a.until.is_some_and(|u| u <= b.from);
                let b_ends_first = b.until.is_some_and(|u| u <= a.from);
                assert!(a_ends_first || b_ends_first, "{a:?} overlaps {b:?}");
            }
        }
    }
}
