#pragma once
// descr: Python's descriptor protocol, resolved at compile time. Everything needed to declare
// classes and access their attributes; printing (repr.hpp) and the Boost.Hana adapter
// (hana.hpp) are opt-in headers of their own.
// The headers whose checks report misuse come first, so that the compilers print the shortest
// include chain above an error.
#include "diagnostics.hpp"
#include "object.hpp"
#include "access.hpp"
#include "builtins/params.hpp"
#include "builtins/cached_property.hpp"
#include "builtins/classmethod.hpp"
#include "builtins/function.hpp"
#include "builtins/member.hpp"
#include "builtins/observable.hpp"
#include "builtins/property.hpp"
#include "builtins/staticmethod.hpp"
#include "errors.hpp"
#include "fixed_string.hpp"
#include "keyword.hpp"
#include "layout.hpp"
#include "lookup.hpp"
#include "mro.hpp"
#include "name_of.hpp"
#include "protocol.hpp"
#include "reflect.hpp"
#include "slot.hpp"
#include "super.hpp"
