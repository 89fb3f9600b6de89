// Seed 000's first attempt (examples/seed000_instrumented_forward.cpp): the original forward,
// already bound to self_attn, called with self_attn again before the arguments. Python:
// TypeError: forward() got multiple values for argument 'hidden_states', when the call runs.
// expect: does not take these arguments | LlamaAttention | forward
#include <descr/descr.hpp>

#include <optional>

struct ForwardArgs {
  std::optional<int> hidden_states;
};

struct LlamaAttention : descr::object<LlamaAttention,
    descr::attr<"forward", descr::function{[](auto& /*self*/, const ForwardArgs& kwargs) {
      return kwargs.hidden_states.value_or(0);
    }}>> {};

int main() {
  LlamaAttention self_attn;
  auto orig_forward = descr::getattr<"forward">(self_attn);  // bound: self is self_attn
#ifdef DESCR_FAIL
  return orig_forward(self_attn, ForwardArgs{.hidden_states = 1});
#else
  return orig_forward(ForwardArgs{.hidden_states = 1});
#endif
}
