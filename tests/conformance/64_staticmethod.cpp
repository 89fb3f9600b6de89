// 64_staticmethod.py: the HowTo's Sample.erf and E.f: a staticmethod's get returns the
// function unchanged, from an instance and from the class alike.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <cmath>
#include <iostream>
#include <type_traits>
#include <vector>

namespace {
struct Sample : descr::object<Sample,
    descr::field<"data", std::vector<double>>,
    descr::attr<"mean", descr::function{[](auto& self) {
      const auto& data = descr::getattr<"data">(self);
      double sum = 0;
      for (double v : data) sum += v;
      return sum / static_cast<double>(data.size());
    }}>,
    // erf = staticmethod(math.erf): a lambda, as g++ 12 takes no function pointer here.
    descr::attr<"erf", descr::staticmethod{[](double x) { return std::erf(x); }}>> {
  explicit Sample(std::vector<double> data) { descr::setattr<"data">(*this, std::move(data)); }
};

struct E : descr::object<E,
    descr::attr<"f", descr::staticmethod{[](int x) { std::cout << x << '\n'; }}>> {};
struct F : descr::object<F, descr::bases<E>> {};

template <class T>
constexpr bool is_staticmethod = false;
template <class G>
constexpr bool is_staticmethod<descr::staticmethod<G>> = true;
}  // namespace

int main() {
  Sample s({1.0, 2.0, 4.5});
  double mean = descr::getattr<"mean">(s)();
  std::cout << descr::repr(mean) << ' ' << descr::repr(descr::getattr<"erf">(s)(1.5)) << ' '
            << descr::repr(descr::getattr<"erf">(descr::type<Sample>)(1.5)) << '\n';
  // print(s.erf is Sample.erf, Sample.erf is Sample.__dict__['erf'].__func__)
  const auto& from_instance = descr::getattr<"erf">(s);
  const auto& from_class = descr::getattr<"erf">(descr::type<Sample>);
  std::cout << descr::repr(&from_instance == &from_class) << ' '
            << descr::repr(&from_class == &descr::getattr_static<"erf">(descr::type<Sample>).func)
            << '\n';

  descr::getattr<"f">(descr::type<E>)(3);  // E.f(3)
  E e;
  descr::getattr<"f">(e)(3);               // E().f(3)
  F f;
  descr::getattr<"f">(f)(4);               // F().f(4)
  // print(isinstance(E.__dict__['f'], staticmethod), F.f is E.f)
  const auto& sm = descr::getattr_static<"f">(descr::type<E>);
  std::cout << descr::repr(is_staticmethod<std::remove_cvref_t<decltype(sm)>>) << ' '
            << descr::repr(&descr::getattr<"f">(descr::type<F>) ==
                           &descr::getattr<"f">(descr::type<E>))
            << '\n';
  sm(5);  // E.__dict__['f'](5): the staticmethod object is callable
}
