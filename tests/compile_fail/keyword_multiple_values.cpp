// Seed 000's TypeError: Attention.forward() got multiple values for argument 'hidden_states', from passing self_attn to a method already bound to it.
// expect: got multiple values for argument | Attention | forward | hidden_states
#include <descr/descr.hpp>

struct Attention : descr::object<Attention,
    descr::field<"scale", int>,
    descr::attr<"forward", descr::function{descr::params<"self", "hidden_states", "mask", "bias">(
        [](auto& self, int hidden_states, int mask, int bias = 0) {
          return descr::getattr<"scale">(self) * hidden_states + mask + bias;
        })}>> {};

int main() {
  using descr::kw;
  Attention attn;
  auto forward = descr::getattr<"forward">(attn);
#ifdef DESCR_FAIL
  return forward(3, kw<"hidden_states"> = 3, kw<"mask"> = 1);
#else
  return forward(3, kw<"mask"> = 1);
#endif
}
