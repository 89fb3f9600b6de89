#pragma once
// The conditions of descr's compile-time errors. Each is always false; a failed check names
// one in its static_assert, and the compilers print it with its arguments, so the error names
// the class and the attribute: descr::diagnostics::read_only_attribute<Person, "age">.
// Above each, what to write instead.
#include "detail/poison.hpp"
#include "fixed_string.hpp"

namespace descr::diagnostics {

// Declare the name in the class (field, classvar, attr), give the class a getattr_hook, or
// check the spelling; through super<B>, only the classes after B in the MRO are searched.
template <class Class, fixed_string Name>
inline constexpr bool object_has_no_attribute = false;

// Give the descriptor a set(obj, value), or stop assigning to this attribute.
template <class Class, fixed_string Name>
inline constexpr bool read_only_attribute = false;

// Declare the field descr::absentable, or give the descriptor a del(obj).
template <class Class, fixed_string Name>
inline constexpr bool cannot_delete_attribute = false;

// Give the property a getter (descr::property{fget, ...}, or p.getter(fget)), read the class
// attribute itself (getattr<"x">(descr::type<C>)), or give the class a getattr_hook that
// answers the name. Also any descriptor that declares `readable = false` (protocol.hpp).
template <class Class, fixed_string Name>
inline constexpr bool attribute_has_no_getter = false;

// Pass a value of the field's type (no narrowing), or one the descriptor's set accepts.
template <class Class, fixed_string Name, class Value>
inline constexpr bool wrong_type_for_attribute = false;

// Write the descriptor's get as get(obj, objtype) or get(obj) (or get<Name>(obj, objtype)),
// with a descr::slot<T> last if it declares a storage_type.
template <class Class, fixed_string Name>
inline constexpr bool descriptor_get_accepts_the_object = false;

// Declare `using storage_type = T;` in a descriptor whose members take a descr::slot<T>.
template <class Class, fixed_string Name>
inline constexpr bool descriptor_declares_its_storage_type = false;

// Call the bound method with the arguments its function takes after self (or cls): Python's
// "D.f() takes 2 positional arguments but 3 were given". Arguments lists the call's types.
template <class... A>
struct arguments {};
template <class Class, fixed_string Name, class Arguments>
inline constexpr bool method_takes_these_arguments = false;

// Name a class of obj's MRO in super<B>(obj).
template <class Class, class Base>
inline constexpr bool super_base_is_in_the_mro = false;

// Pass getattr a descr object, descr::type<C> or descr::super<B>(obj).
template <class Argument>
inline constexpr bool getattr_argument_is_a_descr_object = false;

// Pass setattr and delattr a descr object (descr::type<C> and descr::super are refused with
// Python's own words).
template <class Argument>
inline constexpr bool setattr_argument_is_a_descr_object = false;
template <class Argument>
inline constexpr bool delattr_argument_is_a_descr_object = false;

// Pass super<B> a descr object or descr::type<C>.
template <class Argument, class Base>
inline constexpr bool super_argument_is_a_descr_object = false;

// Keep one declaration of the name per class; a field and a class attribute of one name may
// stand side by side.
template <class Class, fixed_string Name>
inline constexpr bool attribute_declared_once_per_class = false;

// Write a descriptor's set_name as `constexpr void set_name(auto owner, std::string_view name)`
// (attr runs it at compile time; attr_of at the class's first use).
template <class Class, fixed_string Name>
inline constexpr bool set_name_takes_owner_and_name = false;

// Give the descriptor constants it accepts: What is its constant_error(), e.g. "minvalue is
// greater than maxvalue" for descr::Number{.minvalue = 5, .maxvalue = 1}.
template <class Class, fixed_string Name, fixed_string What>
inline constexpr bool descriptor_constants_are_valid = false;

// Keep state that changes at run time in an attr_of descriptor: class attributes are constant.
template <class Class, fixed_string Name>
inline constexpr bool class_is_mutable = false;

// Give the field the same type in every class of the MRO that declares it (Python's instance
// dict has one entry per name).
template <class Class, fixed_string Name>
inline constexpr bool instance_attribute_declared_with_one_type = false;

// Reorder the bases so that each comes before its own bases, as C3 requires.
template <class Class, class... Bases>
inline constexpr bool consistent_method_resolution_order = false;

// List each base once.
template <class Class, class Base>
inline constexpr bool duplicate_base_class = false;

// Give a descriptor that declares `dependencies` a forget(obj) (with its storage last, as get
// takes it), called after one of them is set or deleted.
template <class Class, fixed_string Name>
inline constexpr bool dependent_declares_forget = false;

// Declare a field (an instance __dict__ entry) in the class, or read its members one by one:
// vars lists the instance __dict__, which members (slots) are not part of.
template <class Class>
inline constexpr bool object_has_an_instance_dict = false;

// Rename the member or the other class attribute: Python's __slots__ makes each name a class
// attribute (the member object), and a class holds one attribute per name.
template <class Class, fixed_string Name>
inline constexpr bool slot_conflicts_with_class_variable = false;

// Name the class being declared first: struct Invoice : descr::object<Invoice, ...>.
template <class Class>
inline constexpr bool object_names_its_own_class = false;

// Derive the base from descr::object<Base, ...> too.
template <class Class, class Base>
inline constexpr bool base_is_a_descr_class = false;

}  // namespace descr::diagnostics

namespace descr::detail {

// What an access can get wrong, as plain integers (see member_kind for why not an enum).
struct misuse {
  static constexpr int none = 0, silent = 1, no_attribute = 2, declared_twice = 3, read_only = 4,
                       cannot_delete = 5, wrong_type = 6, get_signature = 7,
                       super_base_not_in_mro = 8, super_argument = 9, not_self = 10,
                       no_storage_type = 11, getattr_argument = 12, no_getter = 13,
                       wrong_arguments = 14, setattr_argument = 15, delattr_argument = 16;
};

// The one error of a misused access, every message in one place. Class is what the access
// was made on (C, descr::type_t<C> or descr::super_t<B, C>; for super_argument, what super
// was given; for wrong_arguments, what the method binds); Extra is the assigned value's type
// (wrong_type), super's B, or the call's diagnostics::arguments<A...> (wrong_arguments).
// `silent` is a class whose hierarchy object<> has already rejected. The poison returned keeps
// the caller's expression from adding errors.
template <int Misuse, class Class, fixed_string Name, class Extra = void>
constexpr poison report() {
  if constexpr (Misuse == misuse::no_attribute)
    static_assert(diagnostics::object_has_no_attribute<Class, Name>,
                  "has no attribute: no rule of the lookup answers this name");
  else if constexpr (Misuse == misuse::declared_twice)
    static_assert(diagnostics::attribute_declared_once_per_class<Class, Name>,
                  "attribute declared twice: a class of the MRO declares this name more than once");
  else if constexpr (Misuse == misuse::read_only)
    static_assert(diagnostics::read_only_attribute<Class, Name>,
                  "read-only attribute: its descriptor has no set (a property without fset)");
  else if constexpr (Misuse == misuse::cannot_delete)
    static_assert(diagnostics::cannot_delete_attribute<Class, Name>,
                  "cannot delete attribute: a field that is not absentable, or a descriptor "
                  "without del (a property without fdel)");
  else if constexpr (Misuse == misuse::no_getter)
    static_assert(diagnostics::attribute_has_no_getter<Class, Name>,
                  "has no getter: the attribute's descriptor refuses reads (a property without "
                  "fget)");
  else if constexpr (Misuse == misuse::wrong_type)
    static_assert(diagnostics::wrong_type_for_attribute<Class, Name, Extra>,
                  "wrong type for attribute: the field or its descriptor's set does not take "
                  "this value");
  else if constexpr (Misuse == misuse::wrong_arguments)
    static_assert(diagnostics::method_takes_these_arguments<Class, Name, Extra>,
                  "method call: its function does not take these arguments after self");
  else if constexpr (Misuse == misuse::get_signature)
    static_assert(diagnostics::descriptor_get_accepts_the_object<Class, Name>,
                  "the descriptor's get takes neither (obj, type) nor (obj), with its slot last "
                  "if it keeps one");
  else if constexpr (Misuse == misuse::no_storage_type)
    static_assert(diagnostics::descriptor_declares_its_storage_type<Class, Name>,
                  "the descriptor takes a descr::slot but declares no storage_type "
                  "(using storage_type = T;)");
  else if constexpr (Misuse == misuse::not_self)
    static_assert(diagnostics::object_names_its_own_class<Class>,
                  "descr::object<Self, ...>: Self must be the class being declared");
  else if constexpr (Misuse == misuse::super_base_not_in_mro)
    static_assert(diagnostics::super_base_is_in_the_mro<Class, Extra>,
                  "super(type, obj): obj must be an instance or subtype of type");
  else if constexpr (Misuse == misuse::getattr_argument)
    static_assert(diagnostics::getattr_argument_is_a_descr_object<Class>,
                  "descr::getattr takes a descr object, descr::type<C> or descr::super");
  else if constexpr (Misuse == misuse::setattr_argument)
    static_assert(diagnostics::setattr_argument_is_a_descr_object<Class>,
                  "descr::setattr takes a descr object");
  else if constexpr (Misuse == misuse::delattr_argument)
    static_assert(diagnostics::delattr_argument_is_a_descr_object<Class>,
                  "descr::delattr takes a descr object");
  else if constexpr (Misuse == misuse::super_argument)
    static_assert(diagnostics::super_argument_is_a_descr_object<Class, Extra>,
                  "descr::super takes a descr object or descr::type<C>");
  return {};
}

}  // namespace descr::detail
