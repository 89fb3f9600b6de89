// Seed 000 (Understanding Python Descriptors), "Background". Port of
// seed000_instrumented_forward.py: forward is replaced on one object by a function that logs
// the data type of every argument, then calls the original forward bound to the object by
// hand, orig_forward.__get__(self_attn, type(self_attn))(**kwargs).
//
// Keyword arguments: a method takes them through descr::params (tests/conformance/
// 67_keyword_arguments.cpp tells this story that way). Here the replacement is an instance
// entry, a std::function of one signature, so forward takes one struct of named arguments,
// written with designated initializers, {.hidden_states = ..., .attention_mask = ...} (all
// given, as -Wextra asks, and as the Python passes them). Boost.Hana's BOOST_HANA_DEFINE_STRUCT
// lets patched_forward walk the members with their names, as Python's kwargs.items().
//
// The seed's first attempt, orig_forward(self_attn, **kwargs) with orig_forward already bound
// (self_attn.forward), passes self_attn where the arguments go: Python's TypeError "got
// multiple values for argument 'hidden_states'" when the call runs. Here that call does not
// compile: "does not take these arguments", naming LlamaAttention and forward
// (tests/compile_fail/forward_bound_twice.cpp).
#include <descr/descr.hpp>

#include <boost/hana/at_key.hpp>
#include <boost/hana/define_struct.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/keys.hpp>
#include <boost/hana/string.hpp>

#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <type_traits>
#include <variant>

#include "logging.hpp"

namespace hana = boost::hana;

struct Tensor {
  std::string dtype;
};

// def forward(self, hidden_states=None, attention_mask=None, position_ids=None)
struct ForwardArgs {
  BOOST_HANA_DEFINE_STRUCT(ForwardArgs,
      (std::optional<Tensor>, hidden_states),
      (std::optional<Tensor>, attention_mask),
      (std::optional<Tensor>, position_ids));
};

using Forward = std::function<std::string(const ForwardArgs&)>;

struct LlamaAttention : descr::object<LlamaAttention,
    descr::attr<"forward", descr::function{[](auto& self, const ForwardArgs& kwargs) {
      std::string mask = kwargs.attention_mask ? "a mask" : "no mask";
      return std::string(descr::name_of<std::remove_cvref_t<decltype(self)>>) + ".forward: " +
             kwargs.hidden_states->dtype + " states, " + mask;
    }}>,
    // self_attn.forward = ...: an instance entry, which hides the method (a non-data
    // descriptor) while it is there.
    descr::field<"forward", Forward, descr::absentable>> {};

LlamaAttention self_attn;
// orig_forward = LlamaAttention.__dict__['forward']: the descriptor itself, not bound.
const auto& orig_forward = descr::getattr_static<"forward">(descr::type<LlamaAttention>);

std::string patched_forward(const ForwardArgs& kwargs) {
  hana::for_each(hana::keys(kwargs), [&](auto name) {        // for name, value in kwargs.items()
    const auto& value = hana::at_key(kwargs, name);
    logging::info(std::string(hana::to<const char*>(name)) + ": " +
                  (value ? value->dtype : std::string("None")));
  });
  // orig_forward.__get__(self_attn, type(self_attn))(**kwargs)
  return orig_forward.get(self_attn, descr::type<LlamaAttention>)(kwargs);
}

// self_attn.forward(...): the entry if there is one, else the bound method. The read's type
// is either, as the answer is decided at run time.
std::string call_forward(const ForwardArgs& kwargs) {
  return std::visit([&](const auto& forward) { return std::string(forward(kwargs)); },
                    descr::getattr<"forward">(self_attn));
}

int main() {
  descr::setattr<"forward">(self_attn, Forward(patched_forward));
  std::cout << call_forward({.hidden_states = Tensor{"bfloat16"},
                             .attention_mask = std::nullopt,
                             .position_ids = Tensor{"int64"}})
            << '\n';
  std::cout << call_forward({.hidden_states = Tensor{"float16"},
                             .attention_mask = Tensor{"bool"},
                             .position_ids = std::nullopt})
            << '\n';

  // del self_attn.forward: the method answers again, no more logging.
  descr::delattr<"forward">(self_attn);
  std::cout << call_forward({.hidden_states = Tensor{"float32"},
                             .attention_mask = std::nullopt,
                             .position_ids = std::nullopt})
            << '\n';
}
