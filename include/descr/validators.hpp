#pragma once
// Opt-in: validated fields, the HowTo's Validator base and its OneOf, Number and String
// validators (and Python's str predicates, descr::isupper, ...), with everything of descr.hpp.
// Not included by descr.hpp: it would add about a sixth to descr.hpp's include time.
#include "descr.hpp"
#include "validators/number.hpp"
#include "validators/one_of.hpp"
#include "validators/string.hpp"
#include "validators/validator.hpp"
