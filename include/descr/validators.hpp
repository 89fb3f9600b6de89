#pragma once
// Opt-in: validated fields, the HowTo's Validator base and its OneOf, Number and String
// validators (and Python's str predicates, descr::isupper, ...), the everyday validators of
// attrs and pydantic (NonEmpty, List, Optional, Nested, AllOf, Default) and keyword
// construction (<descr/init.hpp>), with everything of descr.hpp. Not included by descr.hpp:
// it would add about a sixth to descr.hpp's include time. descr::Pattern has its own header,
// <descr/validators/pattern.hpp>, for <regex>'s cost.
#include "descr.hpp"
#include "init.hpp"
#include "validators/all_of.hpp"
#include "validators/default.hpp"
#include "validators/list.hpp"
#include "validators/nested.hpp"
#include "validators/non_empty.hpp"
#include "validators/number.hpp"
#include "validators/one_of.hpp"
#include "validators/optional.hpp"
#include "validators/string.hpp"
#include "validators/validator.hpp"
